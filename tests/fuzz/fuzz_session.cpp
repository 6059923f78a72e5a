// libFuzzer target of the session reader (the JSON document; Qt Core only).  A reader may
// refuse input only with SessionError; any other exception, a crash or a sanitizer report
// is a bug.  What it accepts must survive the writer and the reader unchanged.

#include "gui/document/SessionError.h"
#include "gui/document/SessionReader.h"
#include "gui/document/SessionWriter.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace hopfield::app;
    Session session;
    try {
        session = readSession(
            QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    } catch (const SessionError&) {
        return 0;
    }
    // A reader refusing its own writer's output escapes as SessionError: a bug too.
    if (!(readSession(writeSession(session)) == session))
        std::abort();
    return 0;
}
