#pragma once

// A light or dark palette on the Fusion style, for desktops that do not tell Qt their colour scheme
// (X11 without a platform theme) and for screenshots. The window uses palette roles only, so either works.
class ColorScheme final {
public:
    static void apply(bool dark);
};
