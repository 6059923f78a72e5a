#include "gui/lessons/HintPanel.h"

#include <QLabel>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace hopfield::app {

HintPanel::HintPanel(QWidget* parent) : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("lessonTitle"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    outer->addWidget(m_title);

    // Long hints scroll inside the panel instead of stretching the window.
    auto* content = new QWidget;
    auto* sections = new QVBoxLayout(content);
    sections->setContentsMargins(0, 0, 0, 0);
    const std::array<QString, 3> headers = {tr("What is it"), tr("Things to notice"),
                                            tr("Things to try")};
    for (std::size_t i = 0; i < m_parts.size(); ++i) {
        Part& section = m_parts[i];
        section.header = new QToolButton;
        section.header->setText(headers[i]);
        section.header->setCheckable(true);
        section.header->setAutoRaise(true);
        section.header->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        QFont headerFont = section.header->font();
        headerFont.setBold(true);
        section.header->setFont(headerFont);
        section.body = new QLabel;
        section.body->setWordWrap(true);
        section.body->setTextFormat(Qt::PlainText); // "T < 1" is physics, not a tag
        section.body->setTextInteractionFlags(Qt::TextSelectableByMouse);
        section.body->setContentsMargins(18, 0, 0, 6);
        const auto which = static_cast<Section>(i);
        connect(section.header, &QToolButton::toggled, this,
                [this, which](bool expanded) { setExpanded(which, expanded); });
        sections->addWidget(section.header);
        sections->addWidget(section.body);
    }
    sections->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll, 1);
    clear();
}

QString HintPanel::title() const
{
    return m_title->text();
}

QString HintPanel::text(Section section) const
{
    return part(section).body->text();
}

bool HintPanel::isExpanded(Section section) const
{
    return part(section).header->isChecked();
}

void HintPanel::setLesson(const LessonNotes& notes)
{
    m_title->setText(notes.title);
    part(Section::WhatIsIt).body->setText(notes.whatIsIt);
    part(Section::ThingsToNotice).body->setText(notes.thingsToNotice);
    part(Section::ThingsToTry).body->setText(notes.thingsToTry);
    for (Part& section : m_parts)
        section.header->show();
    setExpanded(Section::WhatIsIt, true);
    setExpanded(Section::ThingsToNotice, false);
    setExpanded(Section::ThingsToTry, false);
    show();
}

void HintPanel::setThingsToTry(const QString& title, const QString& thingsToTry)
{
    if (thingsToTry.isEmpty()) {
        clear();
        return;
    }
    m_title->setText(title);
    for (Part& section : m_parts)
        section.body->clear();
    part(Section::ThingsToTry).body->setText(thingsToTry);
    for (Section section : {Section::WhatIsIt, Section::ThingsToNotice}) {
        setExpanded(section, false);
        part(section).header->hide();
    }
    part(Section::ThingsToTry).header->show();
    setExpanded(Section::ThingsToTry, true);
    show();
}

void HintPanel::clear()
{
    m_title->clear();
    for (Part& section : m_parts)
        section.body->clear();
    hide();
}

void HintPanel::setExpanded(Section section, bool expanded)
{
    Part& which = part(section);
    which.header->setChecked(expanded);
    which.header->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    which.body->setVisible(expanded);
}

} // namespace hopfield::app
