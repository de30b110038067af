// Translatable texts about the registry's models for the model editor: display names, the
// family each model belongs to, and labels and tooltips of their structural settings. The
// engine's own descriptions (English, not translatable) are the fallback for anything this
// table does not know, so a model added to the registry still shows up with its tooltips.
// Pure functions; GUI thread only (they use the installed translators).
#pragma once

#include "model/model.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace nd {

enum class ModelFamily { NeuronMaps, ReferenceMaps, MapNetworks, OscillatorNetworks, TypedModels, Other };

class ModelTexts {
    Q_DECLARE_TR_FUNCTIONS(nd::ModelTexts)
public:
    static ModelFamily family(const std::string& type);
    static QString familyName(ModelFamily family);
    static QString familyToolTip(ModelFamily family);
    // "Chialvo map", "Ring-star network", ...; the type name itself for unknown types.
    static QString displayName(const std::string& type);
    static QString modelToolTip(const std::string& type);
    // Label of a structural setting's field, e.g. "Nodes (N)".
    static QString settingLabel(const std::string& type, const std::string& key);
    // What the setting does; engineDescription when the table has no entry.
    static QString settingToolTip(const std::string& type, const std::string& key,
                                  const std::string& engineDescription);
    // Label of a parameter's row: its name, and for a coupling of the chain the direction
    // ("sigma_12 (2 → 1)": node 2 acts on node 1).
    static QString parameterLabel(const Model& model, const ParameterSpec& spec);
    // What the parameter does; the engine's description when the table has no entry. A link
    // says what it sets, a link's target which link sets it.
    static QString parameterToolTip(const Model& model, const ParameterSpec& spec);
    // What a linked parameter sets, as formulas: "sigma_12 = sigma, sigma_21 = 2 * sigma + 0.1".
    static QString linkFormula(const ParameterLink& link);

private:
    static QString ownParameterToolTip(const Model& model, const ParameterSpec& spec);
};

// Everything `neurodyn-cli models NAME` and the Python module's neurodyn.models() show of one
// built model, in one place so the two listings cannot drift apart: the texts above with the
// engine's specs, and each setting's current value (its default when the model does not report
// one). QtCore only; any thread that may use ModelTexts.
struct ModelDescription {
    struct Parameter {
        ParameterSpec spec;
        QString description; // ModelTexts::parameterToolTip
    };
    struct Setting {
        SettingSpec spec;
        std::string value;   // current value
        QString label;       // ModelTexts::settingLabel
        QString description; // ModelTexts::settingToolTip
    };
    std::string type;
    QString displayName;
    QString description; // ModelTexts::modelToolTip
    TimeKind time = TimeKind::Map;
    std::vector<std::string> variables;
    std::vector<double> initialState;
    std::vector<Parameter> parameters;
    std::vector<Setting> settings;
};
ModelDescription describeModel(const Model& model);

} // namespace nd
