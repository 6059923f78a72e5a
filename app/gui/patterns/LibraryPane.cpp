#include "gui/patterns/LibraryPane.h"

#include "PatternLibraryView.h"
#include "core/Corruption.h"
#include "gui/patterns/BuiltInSetDialog.h"
#include "gui/patterns/ImageImport.h"
#include "gui/patterns/ImportDialog.h"
#include "gui/patterns/MnistDigits.h"
#include "gui/patterns/PatternLibrary.h"
#include "gui/patterns/PatternResource.h"
#include "gui/patterns/PatternSpins.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <functional>
#include <limits>
#include <stdexcept>

namespace hopfield::app {
namespace {

QPushButton* button(const QString& text, const QString& tip)
{
    auto* button = new QPushButton(text);
    button->setToolTip(tip);
    return button;
}

} // namespace

LibraryPane::LibraryPane(PatternLibrary& library, QWidget* parent)
    : QWidget(parent), m_library(library)
{
    m_view = new ui::PatternLibraryView;
    m_view->setObjectName(QStringLiteral("patternLibrary"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildSetsAndFiles());
    layout->addWidget(m_view, 1);
    layout->addWidget(buildButtons());
    layout->addWidget(buildGridSize());

    connect(m_view, &ui::PatternLibraryView::currentChanged, &m_library,
            &PatternLibrary::setCurrentIndex);
    connect(m_view, &ui::PatternLibraryView::renameRequested, &m_library, &PatternLibrary::rename);
    connect(m_view, &ui::PatternLibraryView::moveRequested, &m_library, &PatternLibrary::move);
    connect(&m_library, &PatternLibrary::patternsChanged, this, &LibraryPane::refresh);
    connect(&m_library, &PatternLibrary::currentChanged, this, &LibraryPane::refreshCurrent);
    refresh();
}

QWidget* LibraryPane::buildButtons()
{
    auto* add = button(tr("Add"), tr("Add a blank pattern"));
    auto* duplicate = button(tr("Duplicate"), tr("Add a copy of the selected pattern"));
    auto* remove = button(tr("Delete"), tr("Delete the selected pattern (Delete key)"));
    auto* up = button(QStringLiteral("\u25b2"), tr("Move the selected pattern up"));
    auto* down = button(QStringLiteral("\u25bc"), tr("Move the selected pattern down"));
    for (QPushButton* narrow : {up, down})
        narrow->setMaximumWidth(36);
    connect(add, &QPushButton::clicked, &m_library, &PatternLibrary::addBlank);
    connect(duplicate, &QPushButton::clicked, this,
            onCurrentPattern(m_library, [this](int i) { m_library.duplicate(i); }));
    const auto removeCurrent = onCurrentPattern(m_library, [this](int i) { m_library.remove(i); });
    connect(remove, &QPushButton::clicked, this, removeCurrent);
    // The Delete key in the list does the same.
    auto* removeKey = new QAction(tr("Delete pattern"), m_view);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(removeKey);
    connect(removeKey, &QAction::triggered, this, removeCurrent);
    connect(up, &QPushButton::clicked, this, onCurrentPattern(m_library, [this](int i) {
                if (i > 0)
                    m_library.move(i, i - 1);
            }));
    connect(down, &QPushButton::clicked, this, onCurrentPattern(m_library, [this](int i) {
                if (i + 1 < m_library.count())
                    m_library.move(i, i + 1);
            }));
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (QPushButton* b : {add, duplicate, remove, up, down})
        layout->addWidget(b);
    return row;
}

QWidget* LibraryPane::buildSetsAndFiles()
{
    auto* sets = new QToolButton;
    sets->setText(tr("Built-in sets"));
    sets->setToolTip(tr("Replace the library by a built-in set (undoable)"));
    sets->setPopupMode(QToolButton::InstantPopup);
    auto* setsMenu = new QMenu(sets);
    setsMenu->setToolTipsVisible(true);
    for (const BuiltInSet& set : builtInSets()) {
        QAction* action = setsMenu->addAction(set.title, this, [this, set] {
            attempt(tr("Cannot load %1").arg(set.title),
                    [&] { m_library.replaceAll(loadPatterns(set.resource), set.title); });
        });
        // The MNIST digits are a data file, not a resource: say so when it is missing.
        if (set.resource == kMnistDigitsResource) {
            if (const std::optional<QString> missing = mnistDigitsMissing()) {
                action->setEnabled(false);
                action->setToolTip(*missing);
            }
        }
    }
    setsMenu->addAction(tr("Choose which to store\u2026"), this, &LibraryPane::askBuiltInSubset);
    setsMenu->addSeparator();
    setsMenu->addAction(tr("Random patterns\u2026"), this, &LibraryPane::askRandomSet);
    sets->setMenu(setsMenu);

    auto* import = new QToolButton;
    import->setText(tr("Import"));
    import->setToolTip(tr("Add patterns from a file"));
    import->setPopupMode(QToolButton::InstantPopup);
    auto* importMenu = new QMenu(import);
    importMenu->addAction(tr("Pattern file (PBM, ASCII art)\u2026"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import patterns"), {}, tr("Pattern files (*.pbm *.txt);;All files (*)"));
        if (!path.isEmpty())
            importPatternFile(path);
    });
    importMenu->addAction(tr("Image (PNG, JPEG, BMP, GIF)\u2026"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import an image"), {},
            tr("Images (*.png *.jpg *.jpeg *.bmp *.gif);;All files (*)"));
        if (!path.isEmpty())
            importImage(path);
    });
    import->setMenu(importMenu);

    auto* exportButton = new QToolButton;
    exportButton->setText(tr("Export\u2026"));
    exportButton->setToolTip(tr("Save the library as PBM (.pbm) or ASCII art (.txt)"));
    connect(exportButton, &QToolButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the library"), {},
                                                          tr("PBM (*.pbm);;ASCII art (*.txt)"));
        if (!path.isEmpty())
            exportLibrary(path);
    });

    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (QToolButton* b : {sets, import, exportButton}) {
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        layout->addWidget(b);
    }
    return row;
}

QWidget* LibraryPane::buildGridSize()
{
    m_width = new QSpinBox;
    m_height = new QSpinBox;
    for (QSpinBox* side : {m_width, m_height}) {
        side->setRange(PatternLibrary::kMinSide, PatternLibrary::kMaxSide);
        side->setToolTip(tr("Grid side in cells, %1 to %2; N = width \u00d7 height neurons")
                             .arg(PatternLibrary::kMinSide)
                             .arg(PatternLibrary::kMaxSide));
    }
    auto* resize = button(tr("Resize"), tr("Crop or pad every pattern (centred) to the new size"));
    connect(resize, &QPushButton::clicked, this,
            [this] { m_library.resizeGrid(m_width->value(), m_height->value()); });
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Grid")));
    layout->addWidget(m_width);
    layout->addWidget(new QLabel(QStringLiteral("\u00d7")));
    layout->addWidget(m_height);
    layout->addWidget(resize);
    return row;
}

void LibraryPane::askBuiltInSubset()
{
    BuiltInSetDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        storeBuiltIn(dialog.set(), dialog.chosenNames(), dialog.description());
}

bool LibraryPane::storeBuiltIn(const BuiltInSet& set, const QStringList& names, const QString& what)
{
    return attempt(tr("Cannot load %1").arg(set.title),
                   [&] { m_library.replaceAll(loadPatterns(set.resource, names), what); });
}

void LibraryPane::askRandomSet()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Random patterns"));
    auto* count = new QSpinBox;
    count->setRange(1, 500);
    count->setValue(5);
    auto* bias = new QDoubleSpinBox;
    bias->setRange(-0.95, 0.95);
    bias->setSingleStep(0.05);
    bias->setToolTip(tr("P(\u03be = +1) = (1 + bias) / 2; 0 gives unbiased patterns"));
    auto* seed = new QSpinBox;
    seed->setRange(0, std::numeric_limits<int>::max());
    seed->setValue(1);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("Patterns P"), count);
    form->addRow(tr("Bias a"), bias);
    form->addRow(tr("Seed"), seed);
    form->addRow(new QLabel(
        tr("Size: %1 x %2, the library's grid").arg(m_library.width()).arg(m_library.height())));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    attempt(tr("Cannot make random patterns"), [&] {
        Rng rng(static_cast<std::uint64_t>(seed->value()));
        m_library.replaceAll(
            randomPatterns(m_library.width(), m_library.height(), count->value(), bias->value(),
                           rng),
            tr("%1 random patterns (seed %2)").arg(count->value()).arg(seed->value()));
    });
}

bool LibraryPane::importPatternFile(const QString& path)
{
    return attempt(tr("Cannot import patterns"), [&] { m_library.importFile(path); });
}

bool LibraryPane::importImage(const QString& path)
{
    bool accepted = false;
    const bool read = attempt(tr("Cannot import the image"), [&] {
        ImportDialog dialog(readGreyImage(path), m_library.width(), m_library.height(),
                            PatternLibrary::kMinSide, PatternLibrary::kMaxSide,
                            QFileInfo(path).completeBaseName(), this);
        accepted = dialog.exec() == QDialog::Accepted;
        if (!accepted)
            return;
        Pattern pattern = dialog.pattern();
        if (pattern.width() == m_library.width() && pattern.height() == m_library.height()) {
            m_library.addPattern(std::move(pattern));
            return;
        }
        // Another size: the library follows it, resize and import undone as one step.
        m_library.undoStack()->beginMacro(tr("Import %1").arg(QFileInfo(path).fileName()));
        m_library.resizeGrid(pattern.width(), pattern.height());
        m_library.addPattern(std::move(pattern));
        m_library.undoStack()->endMacro();
    });
    return read && accepted;
}

bool LibraryPane::exportLibrary(const QString& path)
{
    return attempt(tr("Cannot export the library"), [&] { m_library.exportFile(path); });
}

bool LibraryPane::attempt(const QString& failure, const std::function<void()>& action)
{
    try {
        action();
        return true;
    } catch (const std::exception& error) {
        // Every step changes the library only once it has all it needs, so a failure
        // leaves it as it was: say why and carry on.
        showError(failure, QString::fromStdString(error.what()));
        return false;
    }
}

void LibraryPane::showError(const QString& title, const QString& message)
{
    // Window-modal but not blocking: the library is already as it was.
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void LibraryPane::refresh()
{
    QStringList names;
    QVector<QVector<qint8>> spins;
    for (int i = 0; i < m_library.count(); ++i) {
        names << QString::fromStdString(m_library.pattern(i).name());
        spins << toSpins(m_library.pattern(i));
    }
    m_view->setPatterns(m_library.width(), m_library.height(), names, spins);
    m_width->setValue(m_library.width());
    m_height->setValue(m_library.height());
    refreshCurrent();
}

void LibraryPane::refreshCurrent()
{
    m_view->setCurrentIndex(m_library.currentIndex());
}

} // namespace hopfield::app
