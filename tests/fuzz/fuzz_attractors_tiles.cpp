// Fuzz target: the reader of the attractor atlas's column tiles (app/cli/attractorsresult.h,
// what `neurodyn-cli merge` and the MPI ranks hand over) refuses damaged or lying tiles with a
// message naming the tile and the field, never crashes, and never allocates what a count
// claims beyond the tile's bytes. The study is tests/henonatlas.h's (3 columns along b); the
// input is split at the first "|next-tile|" (tiles are binary, so no single byte can separate
// them) into up to two tiles. Accepted columns have the study's dimension and initial-state
// count. The seeds are the two tiles `run --tile i/2` writes for this study.
#include "cli/attractorsresult.h"
#include "common/errors.h"
#include "henonatlas.h"
#include "study/studyfile.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

const nd::Study& study()
{
    static const nd::Study s = [] {
        const nd::StudyLoadResult r = nd::studyFromJson(ndtest::kHenonAtlasStudy);
        if (!r.ok)
            std::abort(); // the fixed study must load
        return r.study;
    }();
    return s;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QByteArray separator("|next-tile|");
    const qsizetype split = bytes.indexOf(separator);
    std::vector<QByteArray> tiles{split < 0 ? bytes : bytes.left(split)};
    if (split >= 0)
        tiles.push_back(bytes.mid(split + separator.size()));
    std::vector<nd::AttractorColumn> columns;
    QString error;
    try {
        if (nd::cli::readAttractorsTiles(study(), tiles, columns, error)) {
            for (const nd::AttractorColumn& c : columns)
                if (c.result.dimension != 2 || c.result.labels.size() != 9)
                    __builtin_trap();
        } else if (error.isEmpty()) {
            __builtin_trap();
        }
    } catch (const nd::InputError&) {
    }
    return 0;
}
