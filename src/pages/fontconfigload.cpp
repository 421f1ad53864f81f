#include "pages/fontconfigload.h"

#include <fontconfig/fontconfig.h>
#include <future>

namespace facturos::pages::fontconfigload {

namespace {
// Used on the main thread only. If nobody waits, its destructor (at exit) waits for the worker.
std::future<void> &pending()
{
    static std::future<void> load;
    return load;
}
} // namespace

void start()
{
    if (!pending().valid())
        pending() = std::async(std::launch::async, [] { FcInit(); });
}

void wait()
{
    if (pending().valid())
        pending().get();
}

} // namespace facturos::pages::fontconfigload
