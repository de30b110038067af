// The extension module neurodyn._core, re-exported by the package neurodyn (python/neurodyn).
#include "pycommon.h"

PYBIND11_MODULE(_core, m)
{
    m.doc() = "NeuroDyn's engine: models, simulation, analyses, measures and study files, numpy in and out.";
    m.attr("__version__") = NEURODYN_VERSION;
    nd::python::registerErrors(m);
    nd::python::registerModels(m);
    nd::python::registerMeasures(m);
    nd::python::registerAnalyses(m);
    nd::python::registerStudy(m);
}
