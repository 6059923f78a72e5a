# Precompiled headers (HOPFIELD_PCH): each layer parses the third-party headers most of its
# files include (Eigen, Qt Widgets, Qt Test, CLI11, nlohmann/json) once, not once per file.
# The lists hold only what most files of a layer include anyway, so the force-included
# header hides few missing includes; .ci/run's sanitizer trees build without it and catch
# those in the engine and the CLI.
set(HOPFIELD_PCH_std <algorithm> <cmath> <cstdint> <functional> <memory> <optional>
    <stdexcept> <string> <vector>)
set(HOPFIELD_PCH_engine ${HOPFIELD_PCH_std} <Eigen/Core>)
set(HOPFIELD_PCH_cli ${HOPFIELD_PCH_engine} <CLI/CLI.hpp> <nlohmann/json.hpp>)
set(HOPFIELD_PCH_ui ${HOPFIELD_PCH_std} <QComboBox> <QDoubleSpinBox> <QFormLayout>
    <QHBoxLayout> <QLabel> <QPainter> <QPushButton> <QSpinBox> <QString> <QVBoxLayout>
    <QWidget>)
set(HOPFIELD_PCH_gui ${HOPFIELD_PCH_ui} <Eigen/Core>)
set(HOPFIELD_PCH_test-core ${HOPFIELD_PCH_std} <QObject> <QString> <QTest>)
set(HOPFIELD_PCH_test-widgets ${HOPFIELD_PCH_test-core} <QApplication> <QSignalSpy> <QWidget>)

# hopfield_precompile(target group): the first target of a group in a directory compiles
# the group's header, every later one there reuses that file (their flags match, which
# -Winvalid-pch checks).  Per directory, because Qt Test defines QT_TESTCASE_BUILDDIR as
# each test directory's build path.
function(hopfield_precompile target group)
    if(NOT HOPFIELD_PCH)
        return()
    endif()
    set(key HOPFIELD_PCH_HOLDER_${group}_${CMAKE_CURRENT_SOURCE_DIR})
    get_property(holder GLOBAL PROPERTY ${key})
    if(holder)
        target_precompile_headers(${target} REUSE_FROM ${holder})
    else()
        target_precompile_headers(${target} PRIVATE ${HOPFIELD_PCH_${group}})
        set_property(GLOBAL PROPERTY ${key} ${target})
    endif()
endfunction()
