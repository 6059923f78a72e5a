#pragma once

// The frame a spy on RetrievalController::frameReady (or a studio's) saw last.
#include "gui/retrieval/run/RetrievalFrame.h"

#include <QSignalSpy>

namespace lab_test {

inline hopfield::app::RetrievalFrame lastFrame(const QSignalSpy& spy)
{
    return spy.last().at(0).value<hopfield::app::RetrievalFrame>();
}

} // namespace lab_test
