// Fuzz target: the series reader (CSV or whitespace text) refuses malformed text with an
// InputError and never crashes, whatever the bytes; what it accepts is finite and rectangular.
#include "common/errors.h"
#include "io/seriesreader.h"
#include "io/texttable.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    for (std::size_t column : {std::size_t(0), std::size_t(2)}) {
        std::istringstream in(text);
        nd::SeriesReadOptions options;
        options.columns = {column};
        try {
            const nd::ImportedSeries s = nd::readSeries(in, options);
            for (const auto& v : s.values) {
                if (v.size() != s.rows())
                    __builtin_trap();
                for (double x : v)
                    if (!std::isfinite(x))
                        __builtin_trap();
            }
        } catch (const nd::InputError&) {
        }
    }
    try { // every column, as `neurodyn-cli measure` reads them
        const nd::NumericColumns t = nd::readNumericColumns(text, nd::TextTableOptions{}, "fuzz");
        if (t.rows() == 0 || (!t.names.empty() && t.names.size() != t.columns.size()))
            __builtin_trap();
        for (const auto& v : t.columns) {
            if (v.size() != t.rows())
                __builtin_trap();
            for (double x : v)
                if (!std::isfinite(x))
                    __builtin_trap();
        }
    } catch (const nd::InputError&) {
    }
    return 0;
}
