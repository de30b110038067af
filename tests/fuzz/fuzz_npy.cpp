// Fuzz target: the .npy and .npz readers refuse malformed bytes with an InputError and never
// crash (the same bytes are read as an array and as a zip archive of arrays); every array they
// accept lies inside the input, its byte length matches its shape, and every element converts
// in both storage orders.
#include "common/errors.h"
#include "io/npy.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace {
void check(const nd::TensorView& t, std::span<const std::byte> bytes)
{
    if (t.data.data() < bytes.data() || t.data.data() + t.data.size() > bytes.data() + bytes.size())
        __builtin_trap();
    if (t.elementCount() * nd::tensorDTypeSize(t.dtype) != t.data.size())
        __builtin_trap();
    if (t.elementCount() <= 4096)
        (void)t.toDoubles();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto bytes = std::as_bytes(std::span(data, size));
    try {
        check(nd::parseNpy(bytes, "a", "fuzz.npy"), bytes);
    } catch (const nd::InputError&) {
    }
    try {
        for (const nd::TensorView& t : nd::parseNpz(bytes, "fuzz.npz"))
            check(t, bytes);
    } catch (const nd::InputError&) {
    }
    return 0;
}
