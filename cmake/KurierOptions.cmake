# One INTERFACE target that carries the compile options of every Kurier target.
add_library(kurier_options INTERFACE)
add_library(Kurier::options ALIAS kurier_options)

target_compile_features(kurier_options INTERFACE cxx_std_23)
target_compile_options(kurier_options INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor
    $<$<BOOL:${KURIER_WERROR}>:-Werror>)
target_compile_definitions(kurier_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    KURIER_VERSION="${PROJECT_VERSION}")
