// Built by the layer tests (tests/layers/CMakeLists.txt) against one core target: includes
// DUIZHAO_PROBE_HEADER, which that target may or may not be allowed to see.
#include DUIZHAO_PROBE_HEADER
