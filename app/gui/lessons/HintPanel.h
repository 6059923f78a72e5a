#pragma once

#include "gui/document/Session.h"

#include <QWidget>
#include <array>

class QLabel;
class QToolButton;

namespace hopfield::app {

/// A lesson's notes beside the network: its title and the three hint sections
/// ("What is it", "Things to notice", "Things to try"), each collapsible with its
/// header button.  A plain demo shows its "Things to try" alone; hidden otherwise.
class HintPanel : public QWidget {
    Q_OBJECT
public:
    enum class Section { WhatIsIt, ThingsToNotice, ThingsToTry };

    explicit HintPanel(QWidget* parent = nullptr);

    QString title() const;
    QString text(Section section) const;
    bool isExpanded(Section section) const;

public slots:
    /// Shows `notes`: "What is it" open, the other two folded so the panel starts short.
    void setLesson(const hopfield::app::LessonNotes& notes);
    /// A plain demo's suggestions: only "Things to try", open; empty text hides the panel.
    void setThingsToTry(const QString& title, const QString& thingsToTry);
    /// No lesson: the panel hides.
    void clear();
    void setExpanded(hopfield::app::HintPanel::Section section, bool expanded);

private:
    struct Part {
        QToolButton* header = nullptr;
        QLabel* body = nullptr;
    };
    Part& part(Section section) { return m_parts[static_cast<std::size_t>(section)]; }
    const Part& part(Section section) const { return m_parts[static_cast<std::size_t>(section)]; }

    QLabel* m_title;
    std::array<Part, 3> m_parts;
};

} // namespace hopfield::app
