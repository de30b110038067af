// Test helper: a double as text that reads back to the same bits (%.17g), for settings that
// carry numbers as text (edge lists, coupling matrices).
#pragma once

#include <cstdio>
#include <string>

namespace ndtest {

inline std::string exactNumber(double v)
{
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

} // namespace ndtest
