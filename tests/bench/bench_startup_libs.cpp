// For bench_startup: what loading facturos-account's shared libraries costs before any of its code runs. It
// links the same libraries (Qt Widgets, Network, DBus, QtKeychain, fontconfig, and theirs) and reports from
// the first line of main(), so its time is the process start plus the dynamic loader's work.

#include "startupready.h"

#include <cstdio>

int main()
{
    std::printf("ready %lld\n", static_cast<long long>(facturos::bench::peakRssKib()));
    return 0;
}
