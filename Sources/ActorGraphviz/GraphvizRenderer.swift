// Rendering through libgvc lives here.
