// Fuzz target: the PGM reader of the AKOrN grid's silhouette masks (core/io/imagemask.h)
// refuses malformed bytes with an InputError and never crashes; an image it accepts has the
// size its header claims, as many values as pixels, each in [0, 1], and thresholds into a mask
// of the grid's size.
#include "common/errors.h"
#include "io/imagemask.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    try {
        const nd::GrayImage image = nd::readPgm(bytes, "fuzz");
        if (image.width < 1 || image.height < 1 ||
            image.values.size() != static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height))
            __builtin_trap();
        for (double v : image.values)
            if (!(v >= 0.0 && v <= 1.0))
                __builtin_trap();
        if (nd::maskFromImage(image, 7, 5, 0.5, true).size() != 35)
            __builtin_trap();
    } catch (const nd::InputError&) {
    }
    return 0;
}
