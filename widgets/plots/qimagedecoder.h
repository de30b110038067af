// The image decoder the GUI and the CLI install into the engine (core/io/imagemask.h) at start:
// QImage reads PNG, JPEG, BMP, ... as grey levels for the AKOrN grid's silhouette masks (the
// engine itself reads PGM only). Call once from main() before any model is built.
#pragma once

namespace nd {

void installQtImageDecoder();

} // namespace nd
