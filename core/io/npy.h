// Reading NumPy `.npy` arrays and `.npz` archives of them without loading them: the header
// (magic, version 1.0/2.0/3.0, the dict with descr, fortran_order and shape) is checked and the
// array becomes a view into the memory-mapped file. descr '<f2', '<f4', '<f8' are read (converted
// to double on access); big-endian arrays ('>f4' ...) are refused, not byte-swapped (NumPy itself
// writes little-endian on every platform NeuroDyn runs on; a swapped copy would defeat the
// mapping). An .npz is a zip archive: stored (uncompressed) members, as numpy.savez writes them,
// are mapped in place; deflated members (numpy.savez_compressed) are refused with a message
// saying so, because the engine has no zlib dependency. Member CRCs are not checked (that would
// read every byte). Any thread may call.
#pragma once

#include "io/weighttensor.h"

#include <span>
#include <string>
#include <vector>

namespace nd {

// Parses one .npy array held in `bytes` (the view points into them). `name` becomes the view's
// name; `what` (a path, or "archive.npz: member") starts every message. Throws InputError for a
// bad magic or version, a header that is not the dict NumPy writes (missing or extra keys,
// structured or object dtypes), an unsupported or big-endian descr, a shape whose size
// overflows, or a data length that differs from the shape (a truncated file).
TensorView parseNpy(std::span<const std::byte> bytes, const std::string& name, const std::string& what);

// Parses the zip directory of an .npz held in `bytes` and every member as .npy; a member's name
// loses its ".npy" suffix, as numpy.load names it. Zip64 records (which numpy.savez writes) are
// read. Throws InputError for a missing or inconsistent directory, a member past the end,
// compressed or encrypted members, or a member that is not a valid .npy.
std::vector<TensorView> parseNpz(std::span<const std::byte> bytes, const std::string& what);

} // namespace nd
