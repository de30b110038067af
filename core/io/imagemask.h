// Grey images and binary masks for the AKOrN grid's stimulus (akorngrid.h): a PGM reader (P2
// text and P5 binary, any maxval up to 65535, '#' comments), a hook through which the app layer
// decodes other formats (PNG, ...) with QImage, nearest-neighbour resampling of an image to the
// grid, thresholding, and a few built-in silhouettes. The reader refuses what is not a PGM with
// a message naming the file and the fault (bad magic, missing or non-numeric header fields, a
// zero or huge size, maxval out of range, truncated pixel data, values above maxval).
// The decoder hook is set once at program start (before any thread uses it); the rest is pure.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace nd {

struct GrayImage {
    int width = 0, height = 0;
    std::vector<double> values; // row-major, top row first, 0 (black) .. 1 (white)
};

// Refuses images with more pixels than this (a PGM header can claim any size).
inline constexpr long kMaxImagePixels = 64L * 1024 * 1024;

// Parses a PGM held in `bytes`; `what` names the source in messages. Throws InputError.
GrayImage readPgm(std::string_view bytes, const std::string& what);

// Decodes a non-PGM image file; throws InputError. The GUI and the CLI install a QImage-based one.
using ImageDecoder = std::function<GrayImage(const std::string& path)>;
void setImageDecoder(ImageDecoder decoder);

// Reads `path`: a PGM by its magic ("P2"/"P5"), anything else through the installed decoder.
// Throws InputError for unreadable files, files that are not images, or no decoder installed.
GrayImage readImageFile(const std::string& path);

// 1 inside, 0 outside: the image resampled (nearest neighbour, pixel centres) to height x width,
// inside where the grey value is below `threshold` (dark = true: a dark figure on a light
// ground) or at least `threshold` (dark = false).
std::vector<unsigned char> maskFromImage(const GrayImage& image, int height, int width, double threshold,
                                         bool dark);

// Built-in silhouettes drawn at height x width: "fish" (an elliptic body with a triangular
// tail), "disk", "square". Empty for another name.
std::vector<unsigned char> builtinMask(const std::string& name, int height, int width);
bool isBuiltinMask(const std::string& name);

} // namespace nd
