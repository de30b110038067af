#include "io/imagemask.h"

#include "common/errors.h"

#include <cctype>
#include <cmath>
#include <fstream>
#include <iterator>

namespace nd {

namespace {

ImageDecoder& decoderSlot()
{
    static ImageDecoder decoder;
    return decoder;
}

// The header fields of a PGM: whitespace-separated decimal numbers, '#' to the end of a line
// is a comment.
class Header {
public:
    Header(std::string_view bytes, const std::string& what) : m_bytes(bytes), m_what(what) {}

    long number(const char* field)
    {
        skipSpace();
        if (m_pos >= m_bytes.size())
            throw InputError(ND_ENGINE_TEXT("%1: the PGM header ends before its %2"), {m_what, field});
        if (!std::isdigit(static_cast<unsigned char>(m_bytes[m_pos])))
            throw InputError(ND_ENGINE_TEXT("%1: the PGM %2 is not a number"), {m_what, field});
        long v = 0;
        while (m_pos < m_bytes.size() && std::isdigit(static_cast<unsigned char>(m_bytes[m_pos]))) {
            v = v * 10 + (m_bytes[m_pos++] - '0');
            if (v > 1'000'000'000L)
                throw InputError(ND_ENGINE_TEXT("%1: the PGM %2 is too large"), {m_what, field});
        }
        return v;
    }
    // After maxval of a P5 file exactly one whitespace byte precedes the pixels.
    std::size_t pixelStart()
    {
        if (m_pos >= m_bytes.size() || !std::isspace(static_cast<unsigned char>(m_bytes[m_pos])))
            throw InputError(ND_ENGINE_TEXT("%1: the PGM header is not followed by pixel data"), {m_what});
        return m_pos + 1;
    }
    std::size_t position() const { return m_pos; }

private:
    void skipSpace()
    {
        while (m_pos < m_bytes.size()) {
            const char c = m_bytes[m_pos];
            if (c == '#') {
                while (m_pos < m_bytes.size() && m_bytes[m_pos] != '\n' && m_bytes[m_pos] != '\r')
                    ++m_pos;
            } else if (std::isspace(static_cast<unsigned char>(c))) {
                ++m_pos;
            } else {
                return;
            }
        }
    }

    std::string_view m_bytes;
    const std::string& m_what;
    std::size_t m_pos = 2;
};

bool isPgmMagic(std::string_view bytes)
{
    return bytes.size() >= 2 && bytes[0] == 'P' && (bytes[1] == '2' || bytes[1] == '5');
}

} // namespace

GrayImage readPgm(std::string_view bytes, const std::string& what)
{
    if (!isPgmMagic(bytes))
        throw InputError(ND_ENGINE_TEXT("%1 is not a PGM image (it does not start with P2 or P5)"), {what});
    const bool binary = bytes[1] == '5';
    Header h(bytes, what);
    const long width = h.number("width"), height = h.number("height"), maxval = h.number("maxval");
    if (width < 1 || height < 1)
        throw InputError(ND_ENGINE_TEXT("%1: the PGM image has size %2 x %3; both must be at least 1"),
                         {what, std::to_string(width), std::to_string(height)});
    if (width * height > kMaxImagePixels)
        throw InputError(ND_ENGINE_TEXT("%1: the PGM image has %2 pixels; at most %3 are read"),
                         {what, std::to_string(width * height), std::to_string(kMaxImagePixels)});
    if (maxval < 1 || maxval > 65535)
        throw InputError(ND_ENGINE_TEXT("%1: the PGM maxval %2 is outside 1..65535"),
                         {what, std::to_string(maxval)});
    GrayImage image;
    image.width = static_cast<int>(width);
    image.height = static_cast<int>(height);
    const auto count = static_cast<std::size_t>(width * height);
    image.values.resize(count);
    const double scale = 1.0 / static_cast<double>(maxval);
    auto store = [&](std::size_t k, long v) {
        if (v > maxval)
            throw InputError(ND_ENGINE_TEXT("%1: PGM pixel %2 has value %3, above maxval %4"),
                             {what, std::to_string(k + 1), std::to_string(v), std::to_string(maxval)});
        image.values[k] = static_cast<double>(v) * scale;
    };
    if (binary) {
        const std::size_t start = h.pixelStart();
        const std::size_t bytesPerPixel = maxval > 255 ? 2 : 1;
        const std::size_t need = count * bytesPerPixel;
        if (bytes.size() - start < need)
            throw InputError(ND_ENGINE_TEXT("%1: the PGM pixel data is truncated (%2 bytes of %3)"),
                             {what, std::to_string(bytes.size() - start), std::to_string(need)});
        for (std::size_t k = 0; k < count; ++k) {
            const auto* p = reinterpret_cast<const unsigned char*>(bytes.data() + start + k * bytesPerPixel);
            store(k, bytesPerPixel == 2 ? (long{p[0]} << 8) | long{p[1]} : long{p[0]}); // big-endian
        }
    } else {
        for (std::size_t k = 0; k < count; ++k) {
            long v = 0;
            try {
                v = h.number("pixel data");
            } catch (const InputError&) {
                if (h.position() >= bytes.size())
                    throw InputError(ND_ENGINE_TEXT("%1: the PGM pixel data is truncated (%2 of %3 values)"),
                                     {what, std::to_string(k), std::to_string(count)});
                throw;
            }
            store(k, v);
        }
    }
    return image;
}

void setImageDecoder(ImageDecoder decoder)
{
    decoderSlot() = std::move(decoder);
}

GrayImage readImageFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw InputError(ND_ENGINE_TEXT("cannot open the image file %1"), {path});
    char magic[2] = {0, 0};
    in.read(magic, 2);
    if (in.gcount() == 2 && isPgmMagic(std::string_view(magic, 2))) {
        in.seekg(0);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        return readPgm(bytes, path);
    }
    if (!decoderSlot())
        throw InputError(
            ND_ENGINE_TEXT("%1 is not a PGM image, and this program reads no other image format"), {path});
    return decoderSlot()(path);
}

std::vector<unsigned char> maskFromImage(const GrayImage& image, int height, int width, double threshold,
                                         bool dark)
{
    std::vector<unsigned char> mask(static_cast<std::size_t>(height) * static_cast<std::size_t>(width));
    for (int r = 0; r < height; ++r)
        for (int c = 0; c < width; ++c) {
            const long sr = std::min<long>(image.height - 1, static_cast<long>((r + 0.5) * image.height / height));
            const long sc = std::min<long>(image.width - 1, static_cast<long>((c + 0.5) * image.width / width));
            const double v = image.values[static_cast<std::size_t>(sr * image.width + sc)];
            mask[static_cast<std::size_t>(r) * static_cast<std::size_t>(width) + static_cast<std::size_t>(c)] =
                (dark ? v < threshold : v >= threshold) ? 1 : 0;
        }
    return mask;
}

bool isBuiltinMask(const std::string& name)
{
    return name == "fish" || name == "disk" || name == "square";
}

std::vector<unsigned char> builtinMask(const std::string& name, int height, int width)
{
    if (!isBuiltinMask(name))
        return {};
    std::vector<unsigned char> mask(static_cast<std::size_t>(height) * static_cast<std::size_t>(width), 0);
    for (int r = 0; r < height; ++r)
        for (int c = 0; c < width; ++c) {
            // Coordinates in [-1, 1] at pixel centres, y up.
            const double u = 2.0 * (c + 0.5) / width - 1.0, v = 1.0 - 2.0 * (r + 0.5) / height;
            bool inside = false;
            if (name == "disk") {
                inside = u * u + v * v <= 0.36;
            } else if (name == "square") {
                inside = std::fabs(u) <= 0.5 && std::fabs(v) <= 0.5;
            } else { // fish: body centred at u = -0.1 facing left, tail to the right
                const double bu = (u + 0.15) / 0.55, bv = v / 0.33;
                const bool body = bu * bu + bv * bv <= 1.0;
                const bool tail = u >= 0.3 && u <= 0.75 && std::fabs(v) <= 0.1 + (u - 0.3) * 0.75;
                inside = body || tail;
            }
            mask[static_cast<std::size_t>(r) * static_cast<std::size_t>(width) + static_cast<std::size_t>(c)] =
                inside ? 1 : 0;
        }
    return mask;
}

} // namespace nd
