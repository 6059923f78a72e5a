#include "gui/patterns/PatternLibrary.h"

#include "core/Corruption.h"
#include "gui/patterns/LibraryCommand.h"
#include "io/PatternFile.h"

#include <QUndoStack>
#include <algorithm>
#include <stdexcept>
#include <string>

namespace hopfield::app {
namespace {

constexpr int kUndoLimit = 200;

void checkSide(int side, const char* what)
{
    if (side < PatternLibrary::kMinSide || side > PatternLibrary::kMaxSide)
        throw std::invalid_argument(
            std::string(what) + " must lie in [" + std::to_string(PatternLibrary::kMinSide) + ", " +
            std::to_string(PatternLibrary::kMaxSide) + "], got " + std::to_string(side));
}

/// The centred crop or padding of `pattern` to width x height; new cells are -1.
Pattern resized(const Pattern& pattern, int width, int height)
{
    Pattern result(width, height, pattern.name());
    const int offsetX = (pattern.width() - width) / 2;
    const int offsetY = (pattern.height() - height) / 2;
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const int sourceX = x + offsetX;
            const int sourceY = y + offsetY;
            if (sourceX >= 0 && sourceY >= 0 && sourceX < pattern.width() &&
                sourceY < pattern.height())
                result.set(x, y, pattern.at(sourceX, sourceY));
        }
    return result;
}

} // namespace

PatternLibrary::PatternLibrary(QObject* parent) : QObject(parent), m_undo(new QUndoStack(this))
{
    m_undo->setUndoLimit(kUndoLimit);
}

PatternLibrary::~PatternLibrary() = default;

const Pattern& PatternLibrary::pattern(int index) const
{
    return m_patterns.at(static_cast<std::size_t>(index));
}

PatternSet PatternLibrary::patterns() const
{
    PatternSet set(m_width, m_height);
    for (const Pattern& pattern : m_patterns)
        set.add(pattern);
    return set;
}

void PatternLibrary::setCurrentIndex(int index)
{
    if (index < -1 || index >= count() || index == m_current)
        return;
    m_current = index;
    emit currentChanged(index);
}

void PatternLibrary::reset(const PatternSet& patterns, int current)
{
    m_undo->clear();
    State fresh{patterns.width() > 0 ? patterns.width() : m_width,
                patterns.height() > 0 ? patterns.height() : m_height,
                {patterns.begin(), patterns.end()},
                patterns.empty() ? -1 : std::clamp(current, 0, patterns.size() - 1)};
    restore(std::move(fresh));
}

void PatternLibrary::addBlank()
{
    addPattern(Pattern(m_width, m_height, "pattern " + std::to_string(count() + 1)));
}

void PatternLibrary::addPattern(Pattern pattern)
{
    if (pattern.width() != m_width || pattern.height() != m_height)
        throw std::invalid_argument("a " + std::to_string(pattern.width()) + "x" +
                                    std::to_string(pattern.height()) +
                                    " pattern does not fit the library's " +
                                    std::to_string(m_width) + "x" + std::to_string(m_height));
    const int index = count();
    const QString text = tr("Add %1").arg(QString::fromStdString(pattern.name()));
    push(
        text, [this, index, pattern] { insertAt(index, pattern); },
        [this, index] { eraseAt(index); });
}

void PatternLibrary::duplicate(int index)
{
    checkIndex(index, "the pattern to duplicate");
    Pattern copy = pattern(index);
    copy.setName(copy.name() + " copy");
    const int at = index + 1;
    push(
        tr("Duplicate %1").arg(nameOf(index)), [this, at, copy] { insertAt(at, copy); },
        [this, at] { eraseAt(at); });
}

void PatternLibrary::remove(int index)
{
    checkIndex(index, "the pattern to delete");
    const Pattern removed = pattern(index);
    push(
        tr("Delete %1").arg(nameOf(index)), [this, index] { eraseAt(index); },
        [this, index, removed] { insertAt(index, removed); });
}

void PatternLibrary::rename(int index, const QString& name)
{
    checkIndex(index, "the pattern to rename");
    if (name.toStdString() == pattern(index).name())
        return;
    Pattern after = pattern(index);
    after.setName(name.toStdString());
    replacePattern(index, std::move(after), tr("Rename %1 to %2").arg(nameOf(index), name));
}

void PatternLibrary::move(int from, int to)
{
    checkIndex(from, "the pattern to move");
    checkIndex(to, "the place to move a pattern to");
    if (from == to)
        return;
    push(
        tr("Move %1").arg(nameOf(from)), [this, from, to] { moveAt(from, to); },
        [this, from, to] { moveAt(to, from); });
}

void PatternLibrary::editCells(int index, const ui::CellEdits& edits)
{
    checkIndex(index, "the pattern to edit");
    Pattern after = pattern(index);
    for (const ui::CellEdit& edit : edits) {
        if (edit.index < 0 || edit.index >= after.size())
            throw std::invalid_argument("cell " + std::to_string(edit.index) +
                                        " is outside the pattern");
        after.set(edit.index, edit.spin);
    }
    if (after == pattern(index))
        return;
    replacePattern(index, std::move(after), tr("Draw on %1").arg(nameOf(index)));
}

void PatternLibrary::clear(int index)
{
    checkIndex(index, "the pattern to clear");
    replacePattern(index, Pattern(m_width, m_height, pattern(index).name()),
                   tr("Clear %1").arg(nameOf(index)));
}

void PatternLibrary::invert(int index)
{
    checkIndex(index, "the pattern to invert");
    replacePattern(index, hopfield::invert(pattern(index)), tr("Invert %1").arg(nameOf(index)));
}

void PatternLibrary::shift(int index, int dx, int dy)
{
    checkIndex(index, "the pattern to shift");
    const Pattern& before = pattern(index);
    Pattern after = before;
    // Cell (x, y) takes the spin that was at (x - dx, y - dy), wrapping around.
    const auto wrap = [](int value, int side) {
        return ((value % side) + side) % side;
    };
    for (int y = 0; y < m_height; ++y)
        for (int x = 0; x < m_width; ++x)
            after.set(x, y, before.at(wrap(x - dx, m_width), wrap(y - dy, m_height)));
    replacePattern(index, std::move(after), tr("Shift %1").arg(nameOf(index)));
}

void PatternLibrary::resizeGrid(int width, int height)
{
    checkSide(width, "the grid width");
    checkSide(height, "the grid height");
    if (width == m_width && height == m_height)
        return;
    State after{width, height, {}, m_current};
    for (const Pattern& pattern : m_patterns)
        after.patterns.push_back(resized(pattern, width, height));
    replaceState(std::move(after), tr("Resize the grid to %1 x %2").arg(width).arg(height));
}

void PatternLibrary::replaceAll(const PatternSet& patterns, const QString& what)
{
    checkSide(patterns.width(), "the patterns' width");
    checkSide(patterns.height(), "the patterns' height");
    replaceState({patterns.width(),
                  patterns.height(),
                  {patterns.begin(), patterns.end()},
                  patterns.empty() ? -1 : 0},
                 tr("Load %1").arg(what));
}

void PatternLibrary::appendAll(const PatternSet& patterns, const QString& what)
{
    if (patterns.empty())
        return;
    if (patterns.width() != m_width || patterns.height() != m_height)
        throw std::invalid_argument("patterns of " + std::to_string(patterns.width()) + "x" +
                                    std::to_string(patterns.height()) +
                                    " do not fit the library's " + std::to_string(m_width) + "x" +
                                    std::to_string(m_height));
    State after = state();
    after.current = count();
    after.patterns.insert(after.patterns.end(), patterns.begin(), patterns.end());
    replaceState(std::move(after), tr("Add %1").arg(what));
}

void PatternLibrary::importFile(const QString& path)
{
    const PatternSet read = readPatternFile(path.toStdString());
    const QString what = tr("%n pattern(s) from %1", nullptr, read.size()).arg(path);
    try {
        if (m_patterns.empty() || read.width() != m_width || read.height() != m_height)
            replaceAll(read, what);
        else
            appendAll(read, what);
    } catch (const std::invalid_argument& error) {
        // A well-formed file the library cannot hold (e.g. 3x3 patterns): name the file.
        throw std::invalid_argument(path.toStdString() + ": " + error.what());
    }
}

void PatternLibrary::exportFile(const QString& path) const
{
    const std::string file = path.toStdString();
    writePatternFile(file, patterns(), formatForPath(file));
}

void PatternLibrary::checkIndex(int index, const char* what) const
{
    if (index < 0 || index >= count())
        throw std::invalid_argument(std::string(what) + " must be in [0, " +
                                    std::to_string(count() - 1) + "], got " +
                                    std::to_string(index));
}

void PatternLibrary::push(const QString& text, std::function<void()> redo,
                          std::function<void()> undo)
{
    // QUndoStack::push runs redo() once: the edit happens through the command.
    m_undo->push(new LibraryCommand(text, std::move(redo), std::move(undo)));
}

void PatternLibrary::replacePattern(int index, Pattern after, const QString& text)
{
    const Pattern before = pattern(index);
    push(
        text, [this, index, after] { setPatternAt(index, after); },
        [this, index, before] { setPatternAt(index, before); });
}

void PatternLibrary::replaceState(State after, const QString& text)
{
    // Whole snapshots only for the rare steps that touch every pattern (resize, load).
    push(
        text, [this, after] { restore(after); }, [this, before = state()] { restore(before); });
}

PatternLibrary::State PatternLibrary::state() const
{
    return {m_width, m_height, m_patterns, m_current};
}

void PatternLibrary::restore(State state)
{
    m_width = state.width;
    m_height = state.height;
    m_patterns = std::move(state.patterns);
    changed(std::min(state.current, count() - 1));
}

void PatternLibrary::insertAt(int index, const Pattern& pattern)
{
    m_patterns.insert(m_patterns.begin() + index, pattern);
    changed(index);
}

void PatternLibrary::eraseAt(int index)
{
    m_patterns.erase(m_patterns.begin() + index);
    changed(std::min(index, count() - 1));
}

void PatternLibrary::setPatternAt(int index, const Pattern& pattern)
{
    m_patterns[static_cast<std::size_t>(index)] = pattern;
    changed(index);
}

void PatternLibrary::moveAt(int from, int to)
{
    Pattern moving = std::move(m_patterns[static_cast<std::size_t>(from)]);
    m_patterns.erase(m_patterns.begin() + from);
    m_patterns.insert(m_patterns.begin() + to, std::move(moving));
    changed(to);
}

void PatternLibrary::changed(int current)
{
    // One signal per change; the current index is set first, so a listener reads a
    // valid one.
    m_current = current;
    emit patternsChanged();
}

QString PatternLibrary::nameOf(int index) const
{
    return QString::fromStdString(pattern(index).name());
}

} // namespace hopfield::app
