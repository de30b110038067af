// Fuzz target: the edge-list reader refuses malformed text with an InputError and never
// crashes, whatever the bytes.
#include "common/errors.h"
#include "io/edgelistreader.h"

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    try {
        (void)nd::readEdgeList(in);
    } catch (const nd::InputError&) {
    }
    return 0;
}
