// neurodyn.Study and neurodyn.example/examples: study files loaded by app/study's reader (the
// same errors and old-spelling notes as `neurodyn-cli run`) and run through the CLI's own result
// writers into memory (studyrun.h), so Study.run gives what `neurodyn-cli run` writes: each
// result's JSON twin as a dict and its CSV as numpy arrays. Python's thread holds the GIL here
// except inside runLong.
#include "studyrun.h"

#include "cli/analysisresults.h"
#include "cli/resultsink.h"

#include "common/errors.h"
#include "study/studyfile.h"
#include "study/studysections.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <pybind11/stl.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <mutex>
#include <string_view>

namespace nd::python {

namespace {

// A run's stages (the trajectory, then one per result: cli::analysisStageCount) as one rising
// fraction of the whole for runLong's callback. Once cancelled (Ctrl-C), the next stage does not
// start: the engine stops the current one, and the run ends there.
class StagedProgress : public cli::RunProgress {
public:
    StagedProgress(Progress* outer, int stages) : m_outer(outer), m_stages(std::max(stages, 1)) {}
    bool isCanceled() const override { return m_outer && m_outer->isCanceled(); }
    void start(const QString& label) override
    {
        Q_UNUSED(label);
        if (isCanceled())
            throw Canceled();
        std::lock_guard lock(m_mutex);
        ++m_started;
        report(0.0);
    }
    void finish() override
    {
        std::lock_guard lock(m_mutex);
        report(1.0);
    }
    void setProgress(double fraction) override
    {
        std::lock_guard lock(m_mutex);
        report(fraction);
    }

    struct Canceled : std::exception {
        const char* what() const noexcept override { return "cancelled"; }
    };

private:
    // Stages report from the engine's workers in any order: the whole only ever rises.
    void report(double fraction)
    {
        const double done = (std::max(m_started - 1, 0) + std::clamp(fraction, 0.0, 1.0)) / m_stages;
        m_best = std::max(m_best, std::min(done, 1.0));
        if (m_outer)
            m_outer->setProgress(m_best);
    }

    Progress* m_outer;
    int m_stages;
    std::mutex m_mutex;
    int m_started = 0;
    double m_best = 0.0;
};

// The fields of one CSV line starting at `pos` (csvLine's format: quotes around fields holding
// a comma, quote or newline, quotes doubled inside); pos moves past the line's newline.
std::vector<std::string> csvFields(std::string_view text, std::size_t& pos)
{
    std::vector<std::string> fields;
    std::string field;
    bool quoted = false;
    while (pos < text.size()) {
        const char c = text[pos++];
        if (quoted) {
            if (c == '"' && pos < text.size() && text[pos] == '"') {
                field += '"';
                ++pos;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.push_back(std::move(field));
            field.clear();
        } else if (c == '\n') {
            break;
        } else {
            field += c;
        }
    }
    fields.push_back(std::move(field));
    return fields;
}

// A number as Python's float() reads the CLI's text (nan, inf and -inf included); false for
// anything else.
bool parseNumber(const std::string& text, double& value)
{
    if (text.empty())
        return false;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    return ec == std::errc() && ptr == end;
}

pyb::dict resultDict(const cli::MemorySink::Entry& entry)
{
    pyb::dict result = toPython(entry.twin);
    result["table"] = csvTable(entry.csv);
    for (const auto& [name, bytes] : entry.files) {
        QString stem = name;
        if (stem.endsWith(QLatin1String(".csv")))
            stem.chop(4);
        result[pyb::str(stem.toStdString())] = csvTable(bytes);
    }
    return result;
}

// The section `name` of the study's analyses cleared (the others kept).
void dropSection(AnalysisSettings& a, const QString& name)
{
    if (name == QLatin1String("orbit_diagram"))
        a.orbitDiagram.reset();
    else if (name == QLatin1String("fixed_points"))
        a.fixedPoints.reset();
    else if (name == QLatin1String("lyapunov"))
        a.lyapunov.reset();
    else if (name == QLatin1String("parameter_scan"))
        a.parameterScan.reset();
    else if (name == QLatin1String("zero_one"))
        a.zeroOne.reset();
    else if (name == QLatin1String("sample_entropy"))
        a.sampleEntropy.reset();
    else if (name == QLatin1String("synchrony"))
        a.synchrony.reset();
    else if (name == QLatin1String("mfdfa"))
        a.mfdfa.reset();
    else if (name == QLatin1String("network_spectrum"))
        a.networkSpectrum.reset();
    else if (name == QLatin1String("continuation"))
        a.continuation.reset();
    else if (name == QLatin1String("basins"))
        a.basins.reset();
    else if (name == QLatin1String("akorn"))
        a.akorn.reset();
    else if (name == QLatin1String("neuromfa"))
        a.neuroMfa.reset();
}

// The sections present in the study, in the reader's order.
QStringList presentSections(const Study& study)
{
    const auto model = study.createModel();
    QStringList present;
    for (const QString& name : analysisSectionNames())
        if (!analysisSectionJson(study, *model, name).isEmpty())
            present << name;
    return present;
}

// The Python object Study: a run plan (the study, its file's bytes for the twins' provenance,
// the reader's notes).
struct PyStudy {
    cli::RunPlan plan;
};

PyStudy studyFromBytes(const QByteArray& bytes, const QString& where)
{
    PyStudy s;
    QString error;
    if (!cli::runPlanFromBytes(bytes, s.plan, error))
        throw pyb::value_error(
            (where.isEmpty() ? error : where + QStringLiteral(": ") + error).toStdString());
    return s;
}

std::vector<std::string> stdStrings(const QStringList& list)
{
    std::vector<std::string> out;
    for (const QString& s : list)
        out.push_back(s.toStdString());
    return out;
}

const char* kExamplesDir = ":/examples";

QStringList exampleNames()
{
    QStringList names;
    for (const QString& file : QDir(QString::fromLatin1(kExamplesDir))
                                   .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        names << file.chopped(5);
    return names;
}

} // namespace

QStringList analysisSectionNames()
{
    return {
        QStringLiteral("orbit_diagram"),  QStringLiteral("fixed_points"), QStringLiteral("lyapunov"),
        QStringLiteral("parameter_scan"), QStringLiteral("zero_one"),     QStringLiteral("sample_entropy"),
        QStringLiteral("synchrony"),      QStringLiteral("mfdfa"),        QStringLiteral("network_spectrum"),
        QStringLiteral("continuation"),   QStringLiteral("basins"),       QStringLiteral("akorn"),
        QStringLiteral("neuromfa")};
}

pyb::dict csvTable(const QByteArray& csv)
{
    const std::string_view text(csv.constData(), static_cast<std::size_t>(csv.size()));
    std::size_t pos = 0;
    pyb::dict table;
    if (text.empty())
        return table;
    const std::vector<std::string> header = csvFields(text, pos);
    std::vector<std::vector<std::string>> columns(header.size());
    while (pos < text.size()) {
        std::vector<std::string> row = csvFields(text, pos);
        row.resize(header.size()); // a short row's missing fields are empty
        for (std::size_t c = 0; c < header.size(); ++c)
            columns[c].push_back(std::move(row[c]));
    }
    for (std::size_t c = 0; c < header.size(); ++c) {
        std::vector<double> values(columns[c].size());
        bool numeric = true, any = false;
        for (std::size_t r = 0; r < values.size() && numeric; ++r) {
            if (columns[c][r].empty()) {
                values[r] = std::numeric_limits<double>::quiet_NaN();
                continue;
            }
            numeric = parseNumber(columns[c][r], values[r]);
            any = true;
        }
        if (numeric && (any || values.empty()))
            table[pyb::str(header[c])] = ownedArray(std::move(values));
        else
            table[pyb::str(header[c])] = pyb::cast(columns[c]);
    }
    return table;
}

pyb::dict runPlanInMemory(const cli::RunPlan& plan, pyb::handle progress)
{
    const int stages = (plan.trajectory ? 1 : 0) + cli::analysisStageCount(plan.study);
    cli::MemorySink sink = runLong(progress, [&plan, stages](Progress* outer) {
        StagedProgress staged(outer, stages);
        cli::MemorySink memory;
        QString error;
        if (!cli::writeResults(plan, {}, memory, &staged, error))
            throw InputError(error.toStdString());
        return memory;
    });
    pyb::dict results;
    for (const auto& [name, entry] : sink.results())
        results[pyb::str(name.toStdString())] = resultDict(entry);
    return results;
}

cli::RunPlan planFromModel(const ModelHandle& model, pyb::handle x0, const QJsonObject& analyses)
{
    Study study = model.study;
    if (!x0.is_none()) {
        const SeriesArg x = seriesArg(x0, "x0");
        study.initialState.assign(x.values.begin(), x.values.end());
    }
    // Through the study file and its reader: the sections get the reader's checks and messages.
    QJsonObject json = QJsonDocument::fromJson(studyToJson(study)).object();
    json.insert(QStringLiteral("analyses"), analyses);
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    cli::RunPlan plan;
    QString error;
    if (!cli::runPlanFromBytes(bytes, plan, error))
        throw pyb::value_error(error.toStdString());
    // The bytes the study file of this plan has when saved (keys in the writer's order).
    plan.studyBytes = studyToJson(plan.study);
    // Old spellings are read; the user hears of them as the CLI's notes say (FutureWarning: meant
    // for the people who wrote the call, so Python shows it).
    for (const QString& note : plan.notes)
        if (PyErr_WarnEx(PyExc_FutureWarning, note.toUtf8().constData(), 1) != 0)
            throw pyb::error_already_set();
    return plan;
}

void registerStudy(pyb::module_& m)
{
    // Study.model and the analysis functions pass the C++ ModelHandle; models.cpp registers it
    // as neurodyn.Model (registerModels runs first). A build whose models.cpp does not gets a
    // bare type here, so a study's model can still go to the analysis functions.
    if (!pyb::detail::get_type_info(typeid(ModelHandle)))
        pyb::class_<ModelHandle>(m, "_StudyModel", "A study's model (neurodyn.Model is not registered).");
    pyb::class_<PyStudy>(
        m, "Study",
        "A study file: a model, its settings and the analyses to run (the format of "
        "`neurodyn-cli run` and the GUI's File > Save). Study.run computes what `neurodyn-cli "
        "run` writes for it, with the same numbers.")
        .def_static(
            "load",
            [](const std::string& path) {
                PyStudy s;
                QString error;
                if (!cli::loadRunPlan(QString::fromStdString(path), s.plan, error))
                    throw pyb::value_error(error.toStdString());
                return s;
            },
            pyb::arg("path"),
            "Reads a study file (.json) as `neurodyn-cli run` does: ValueError with the reader's message "
            "for a file it refuses; old spellings are read and listed in .notes.")
        .def_static(
            "from_json",
            [](const std::string& text) {
                return studyFromBytes(QByteArray::fromStdString(text), QString());
            },
            pyb::arg("text"), "A study from the text of a study file (see Study.load).")
        .def_static(
            "from_model",
            [](const ModelHandle& model, pyb::handle analyses, pyb::handle x0) {
                QJsonObject sections;
                if (pyb::isinstance<pyb::dict>(analyses)) {
                    sections = toJsonObject(analyses, "analyses");
                } else if (!analyses.is_none()) {
                    if (pyb::isinstance<pyb::str>(analyses))
                        throw pyb::type_error("analyses: expected a dict {section: settings} or a list of "
                                              "section names, got a str");
                    for (pyb::handle name : pyb::iterable(pyb::reinterpret_borrow<pyb::object>(analyses))) {
                        if (!pyb::isinstance<pyb::str>(name))
                            throw pyb::type_error("analyses: section names must be str");
                        sections.insert(QString::fromStdString(name.cast<std::string>()), QJsonObject());
                    }
                }
                PyStudy s;
                s.plan = planFromModel(model, x0, sections);
                return s;
            },
            pyb::arg("model"), pyb::arg("analyses") = pyb::none(), pyb::arg("x0") = pyb::none(),
            "A study of a neurodyn.Model (its parameters, settings, simulation) with the given analyses: a "
            "dict {section: settings} with the keys of the study file's sections (\"orbit_diagram\", "
            "\"lyapunov\", ...), or a list of section names for their default settings; x0 replaces the "
            "initial state. Sections are read by the study file's reader (ValueError with its message).")
        .def(
            "save",
            [](const PyStudy& s, const std::string& path) {
                QString error;
                if (!saveStudyFile(s.plan.study, QString::fromStdString(path), error))
                    throw pyb::value_error(error.toStdString());
            },
            pyb::arg("path"), "Writes the study file (the GUI's and the CLI's format; atomic).")
        .def(
            "to_json", [](const PyStudy& s) { return studyToJson(s.plan.study).toStdString(); },
            "The study file's text.")
        .def_property_readonly(
            "analyses", [](const PyStudy& s) { return stdStrings(presentSections(s.plan.study)); },
            "The analysis sections the study has, by their study-file names.")
        .def_property_readonly(
            "notes", [](const PyStudy& s) { return stdStrings(s.plan.notes); },
            "Old spellings the study file used (read as the new ones), one line each.")
        .def_property_readonly(
            "title", [](const PyStudy& s) { return s.plan.study.title.toStdString(); }, "The study's title.")
        .def_property_readonly(
            "model",
            [](const PyStudy& s) {
                ModelHandle handle;
                handle.study = s.plan.study;
                handle.study.analyses = {};
                handle.model = handle.study.createModel();
                return handle;
            },
            "The study's model (a neurodyn.Model with the study's parameters, settings and initial state).")
        .def(
            "run",
            [](const PyStudy& s, pyb::handle analyses, pyb::handle threads, pyb::handle progress) {
                cli::RunPlan plan = s.plan;
                plan.threads = threadsArg(threads);
                if (!analyses.is_none()) {
                    const QStringList present = presentSections(plan.study);
                    QStringList wanted;
                    if (pyb::isinstance<pyb::str>(analyses))
                        wanted << QString::fromStdString(analyses.cast<std::string>());
                    else
                        for (pyb::handle name :
                             pyb::iterable(pyb::reinterpret_borrow<pyb::object>(analyses))) {
                            if (!pyb::isinstance<pyb::str>(name))
                                throw pyb::type_error("analyses: section names must be str");
                            wanted << QString::fromStdString(name.cast<std::string>());
                        }
                    for (const QString& w : wanted)
                        if (!present.contains(w))
                            throw pyb::value_error(
                                QStringLiteral("analyses: the study has no section '%1'; it has: %2")
                                    .arg(w, present.isEmpty() ? QStringLiteral("none")
                                                              : present.join(QStringLiteral(", ")))
                                    .toStdString());
                    for (const QString& p : present)
                        if (!wanted.contains(p))
                            dropSection(plan.study.analyses, p);
                }
                return runPlanInMemory(plan, progress);
            },
            pyb::arg("analyses") = pyb::none(), pyb::arg("threads") = pyb::none(),
            pyb::arg("progress") = pyb::none(),
            "Computes the study as `neurodyn-cli run --no-figures` does and returns its files: {result name: "
            "the JSON twin as a dict, plus \"table\": the CSV as {column: float64 array (numbers; empty "
            "fields NaN) or list of str}}; extra CSV files of a result are tables under their own names "
            "(\"orbit_diagram-points\"). Result names are the files' (\"trajectory\" always, then "
            "\"fixed_points\", \"lyapunov\", \"lyapunov_along\", ..., \"orbit_diagram\", "
            "\"parameter_scan\"). "
            "analyses: a subset of the study's sections by name (the others are skipped; the twins still "
            "name the whole study file). threads: engine threads (None: all cores). progress: a callable "
            "taking the fraction done. Releases the GIL; Ctrl-C raises KeyboardInterrupt.")
        .def("__repr__", [](const PyStudy& s) {
            return QStringLiteral("<neurodyn.Study '%1' (%2) analyses=[%3]>")
                .arg(s.plan.study.title, QString::fromStdString(s.plan.study.modelType),
                     presentSections(s.plan.study).join(QStringLiteral(", ")))
                .toStdString();
        });

    m.def(
        "examples", [] { return stdStrings(exampleNames()); },
        "The names of the example studies built in (as `neurodyn-cli examples` lists them).");
    m.def(
        "example",
        [](const std::string& name) {
            const QString path =
                QStringLiteral("%1/%2.json").arg(QLatin1String(kExamplesDir), QString::fromStdString(name));
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                throw pyb::value_error(
                    QStringLiteral("no example named '%1'; the examples are: %2")
                        .arg(QString::fromStdString(name), exampleNames().join(QStringLiteral(", ")))
                        .toStdString());
            return studyFromBytes(f.readAll(), QString::fromStdString(name));
        },
        pyb::arg("name"), "The built-in example study `name` (see examples()).");
}

} // namespace nd::python
