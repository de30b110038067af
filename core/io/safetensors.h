// Reading `.safetensors` weight files (the Hugging Face format: an 8-byte little-endian header
// length, a JSON header naming each tensor's dtype, shape and data_offsets, then the raw
// little-endian tensor bytes) without loading them: the header is parsed, every offset checked,
// and each tensor becomes a view into the memory-mapped file. F16, BF16, F32 and F64 are read
// (converted to double on access); other dtypes are refused when a view is asked for them.
// Any thread may call.
#pragma once

#include "io/weighttensor.h"

#include <span>
#include <string>
#include <utility>
#include <vector>

namespace nd {

struct SafetensorsContents {
    std::vector<TensorView> tensors;                              // in data-offset order
    std::vector<std::pair<std::string, std::string>> metadata;    // the optional __metadata__
    std::vector<std::pair<std::string, std::string>> unsupported; // tensor name -> dtype we cannot read
    std::uint64_t headerBytes = 0;                                // the JSON header's length
};

// Largest JSON header accepted (the reference implementation's limit, 100 MB).
inline constexpr std::uint64_t kSafetensorsMaxHeader = 100'000'000;

// Parses a whole file's bytes; the views point into `bytes`. `what` (a path) starts every
// message. Throws InputError for a short file, a header length past the end or over the limit, JSON
// that is not strict JSON or not the safetensors layout (an entry without dtype, shape or
// data_offsets, a negative or fractional number, a duplicate name), offsets past the data, a
// byte length that differs from shape x dtype size, overlapping tensors, or a shape whose size
// overflows. Tensors of other dtypes (I8, U8, BOOL, F8_*, ...) are listed in `unsupported`
// after the same checks (their byte length is not checked: the element size is not known).
SafetensorsContents parseSafetensors(std::span<const std::byte> bytes, const std::string& what);

} // namespace nd
