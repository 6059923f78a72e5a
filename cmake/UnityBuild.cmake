# Unity builds (HOPFIELD_UNITY): a library's files compiled a few at a time as one unit, so
# the headers they share (Qt, Eigen, CLI11, JSON) are instantiated and optimised once per
# unit rather than once per file.  The sanitizer trees (engine and CLI) turn it off: there
# each file must include what it uses, which a neighbour in its unit would hide.
#   hopfield_unity(target [BATCH n]): n files per unit (0: the whole library as one).
function(hopfield_unity target)
    cmake_parse_arguments(ARG "" "BATCH" "" ${ARGN})
    if(NOT HOPFIELD_UNITY)
        return()
    endif()
    if(NOT DEFINED ARG_BATCH)
        set(ARG_BATCH 8)
    endif()
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE ${ARG_BATCH})
endfunction()
