// Fuzz target: the .safetensors reader refuses malformed bytes with an InputError and never
// crashes, whatever the header says; every tensor it accepts lies inside the data, its byte
// length matches its shape, and every element converts (read end to end).
#include "common/errors.h"
#include "io/safetensors.h"

#include <cstddef>
#include <cstdint>
#include <span>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const auto bytes = std::as_bytes(std::span(data, size));
    try {
        const nd::SafetensorsContents c = nd::parseSafetensors(bytes, "fuzz");
        for (const nd::TensorView& t : c.tensors) {
            if (t.data.data() < bytes.data() || t.data.data() + t.data.size() > bytes.data() + bytes.size())
                __builtin_trap();
            if (t.elementCount() * nd::tensorDTypeSize(t.dtype) != t.data.size())
                __builtin_trap();
            double sum = 0.0;
            for (double v : t.toDoubles())
                sum += v;
            (void)sum;
        }
    } catch (const nd::InputError&) {
    }
    return 0;
}
