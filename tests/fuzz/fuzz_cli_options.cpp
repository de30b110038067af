// Fuzz target: the option parsing of `neurodyn-cli run` and `merge`, the number-list parsers
// every command uses, the closest-name suggestion of unknown options, the rewriting of old
// option spellings (clicommon's applyOptionAliases), and the reading of an
// output folder's manifest. Any argument list must give either options that satisfy the
// documented ranges or a message, never a crash, an exit or a hang; a manifest names only
// plain file names inside the folder. Input: arguments separated by newlines (the whole input
// is also read as a manifest).
#include "cli/clicommon.h"
#include "cli/outputfolder.h"
#include "cli/runoptions.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QStringList args = text.split(QLatin1Char('\n'));
    QString error;
    nd::cli::RunOptions run;
    if (nd::cli::parseRunOptions(args, run, error)) {
        if (!run.help && (run.study.isEmpty() || run.out.isEmpty() || run.threads < 0 || run.threads > 4096 ||
                          (run.tileIndex >= 0 && (run.tileCount < 1 || run.tileIndex >= run.tileCount))))
            __builtin_trap();
    } else if (error.isEmpty()) {
        __builtin_trap(); // a refusal must say why
    }
    nd::cli::MergeOptions merge;
    error.clear();
    if (nd::cli::parseMergeOptions(args, merge, error)) {
        if (!merge.help && (merge.out.isEmpty() || merge.tiles.isEmpty()))
            __builtin_trap();
    } else if (error.isEmpty()) {
        __builtin_trap();
    }
    // Each argument through the shared value parsers.
    for (const QString& a : args) {
        double d = 0.0;
        if (nd::cli::parseDouble(a, d) && !(d == d && d - d == 0.0))
            __builtin_trap(); // only finite numbers are accepted
        long l = 0;
        if (nd::cli::parseLong(a, -5, 5, l) && (l < -5 || l > 5))
            __builtin_trap();
        std::vector<double> doubles;
        nd::cli::parseDoubleList(a, doubles);
        std::vector<long> longs;
        if (nd::cli::parseLongList(a, 0, 100, longs))
            for (long v : longs)
                if (v < 0 || v > 100)
                    __builtin_trap();
    }
    // Suggestions come from the candidates only.
    const QStringList options{"--out", "--tile", "--threads", "--quiet", "--no-figures", "--force"};
    for (const QString& a : args) {
        const QString near = nd::cli::closestName(a, options);
        if (!near.isEmpty() && !options.contains(near))
            __builtin_trap();
    }
    // Old option spellings: one argument out per argument in, only old names before "--"
    // rewritten (to a name that is no old one), one note per old name used.
    for (const char* command : {"simulate", "measure zero_one", "measure mfdfa", "measure kuramoto_r"}) {
        QStringList notes;
        const QStringList renamed = nd::cli::applyOptionAliases(QLatin1String(command), args, &notes);
        if (renamed.size() != args.size() || notes.size() > 2)
            __builtin_trap();
        bool end = false;
        for (qsizetype i = 0; i < args.size(); ++i) {
            end = end || args[i] == QLatin1String("--");
            if (renamed[i] != args[i] && (end || !args[i].startsWith(QLatin1String("--")) ||
                                          !renamed[i].startsWith(QLatin1String("--"))))
                __builtin_trap();
        }
        QStringList again;
        if (nd::cli::applyOptionAliases(QLatin1String(command), renamed, &again) != renamed ||
            !again.isEmpty())
            __builtin_trap(); // the new names are final
    }
    // Nothing outside the folder, nor the manifest itself, can be listed for removal.
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    for (const QString& name : nd::cli::manifestFileNames(bytes))
        if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
            name == QLatin1String("..") || name == QLatin1String(".") ||
            name == QLatin1String(nd::cli::kManifestName))
            __builtin_trap();
    return 0;
}
