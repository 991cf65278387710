"""What a glyph means in math: per-font code tables for TeX's math fonts.

A PDF glyph carries a character and a font name. For most math fonts the
character is already right (``∈``, ``≤``, ``𝑥``) and only needs its LaTeX name;
some fonts need the font name to say more: a plain ``N`` in MSBM is ``\\mathbb{N}``,
an ``L`` in CMSY is ``\\mathcal{L}``, and the TeX extension fonts (CMEX, txexs,
Fourier's extension font) have no usable Unicode at all: their big sums,
integrals, delimiters and radical pieces arrive as control characters or as
Latin-1 letters, which the tables below map by code.

:func:`glyph_latex` is the one entry point; it is cached on ``(char, font)``,
so the per-glyph cost on a 1000-page book is a dictionary look-up.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Kinds of math token: the parser treats each kind differently.
ORD, OP, REL, OPEN, CLOSE, BIGOP, RADICAL, PIECE, PUNCT, PRIME, ACCENT = (
    "ord", "op", "rel", "open", "close", "bigop", "radical", "piece", "punct", "prime", "accent",
)

# Font-name fragments of fonts that hold math only (subset tag already stripped).
_MATH_FONT_PREFIXES = (
    "CMMI", "CMSY", "CMEX", "CMBSY", "CMMIB", "MSAM", "MSBM", "EUFM", "EUSM", "RSFS",
    "LMMathItalic", "LMMathSymbols", "LMMathExtension", "LatinModernMath", "NewPXMI", "NewTXMI",
    "pxsy", "pxex", "pxmia", "txsy", "txex", "txmia", "NewPXBMI", "Fourier-Math", "rtxmi",
    "zxlmi", "MTMI", "MTSY", "MTEX", "STIXMath", "STIXTwoMath", "XITSMath", "CambriaMath",
    "esint", "stmary", "wasy",
)
# Fonts whose upright glyphs are math even though the name looks like a text font:
# Computer Modern roman beside a Latin Modern text font is what XeTeX books use for
# math digits and parentheses.
_EXTENSION_PREFIXES = ("CMEX", "txex", "pxex", "Fourier-Math-Extension", "LMMathExtension", "esint")


@lru_cache(maxsize=1024)
def is_math_font(font: str) -> bool:
    """Whether every glyph of ``font`` is math (a math-only font such as CMMI10 or NewPXMI)."""
    return font.startswith(_MATH_FONT_PREFIXES)


def is_vector_font(font: str) -> bool:
    """A semibold text font that books use for bold math vectors only (FCLA's ``\\vect{u}``)."""
    return "Demi" in font


def is_extension_font(font: str) -> bool:
    """Whether ``font`` is a TeX extension font (big operators, delimiters, radicals)."""
    return font.startswith(_EXTENSION_PREFIXES)


# Unicode symbol -> (latex, kind). Synonyms are chosen to match what the
# benchmark normalisation maps source commands to (\le -> \leq, \to -> \to, ...).
_SYMBOLS: dict[str, tuple[str, str]] = {
    "+": ("+", OP), "−": ("-", OP), "-": ("-", OP), "±": ("\\pm", OP), "∓": ("\\mp", OP),
    "·": ("\\cdot", OP), "⋅": ("\\cdot", OP), "×": ("\\times", OP), "÷": ("\\div", OP),
    "∗": ("*", OP), "*": ("*", OP), "◦": ("\\circ", OP), "∘": ("\\circ", OP),
    "∧": ("\\wedge", OP), "∨": ("\\vee", OP), "∩": ("\\cap", OP), "∪": ("\\cup", OP),
    "⊕": ("\\oplus", OP), "⊗": ("\\otimes", OP), "∖": ("\\setminus", OP), "•": ("\\bullet", OP),
    "/": ("/", ORD), "\\": ("\\setminus", OP), "⋆": ("\\star", OP),
    "=": ("=", REL), "<": ("<", REL), ">": (">", REL), "≤": ("\\leq", REL), "≥": ("\\geq", REL),
    "≠": ("\\neq", REL), "≡": ("\\equiv", REL), "≈": ("\\approx", REL), "∼": ("\\sim", REL),
    "≅": ("\\cong", REL), "∝": ("\\propto", REL), "∈": ("\\in", REL), "∉": ("\\notin", REL),
    "∋": ("\\ni", REL), "⊂": ("\\subset", REL), "⊆": ("\\subseteq", REL), "⊃": ("\\supset", REL),
    "⊇": ("\\supseteq", REL), "⊊": ("\\subsetneq", REL), "⊈": ("\\nsubseteq", REL),
    "∣": ("\\mid", REL), "∤": ("\\nmid", REL), "⊥": ("\\perp", REL), "∥": ("\\|", ORD),
    "→": ("\\to", REL), "←": ("\\leftarrow", REL), "↔": ("\\leftrightarrow", REL),
    "⇒": ("\\Rightarrow", REL), "⇐": ("\\Leftarrow", REL), "⇔": ("\\Leftrightarrow", REL),
    "↦": ("\\mapsto", REL), "↑": ("\\uparrow", REL), "↓": ("\\downarrow", REL),
    "≪": ("\\ll", REL), "≫": ("\\gg", REL), "≺": ("\\prec", REL), "≻": ("\\succ", REL),
    "⊢": ("\\vdash", REL), "⊨": ("\\models", REL), "∴": ("\\therefore", REL),
    ":": (":", REL),
    "(": ("(", OPEN), ")": (")", CLOSE), "[": ("[", OPEN), "]": ("]", CLOSE),
    "{": ("\\{", OPEN), "}": ("\\}", CLOSE), "⟨": ("\\langle", OPEN), "⟩": ("\\rangle", CLOSE),
    "⌊": ("\\lfloor", OPEN), "⌋": ("\\rfloor", CLOSE), "⌈": ("\\lceil", OPEN),
    "⌉": ("\\rceil", CLOSE), "|": ("|", ORD), "‖": ("\\|", ORD),
    ",": (",", PUNCT), ";": (";", PUNCT), ".": (".", ORD), "!": ("!", CLOSE), "?": ("?", ORD),
    "′": ("'", PRIME), "″": ("''", PRIME), "'": ("'", PRIME), "’": ("'", PRIME),
    "∞": ("\\infty", ORD), "∅": ("\\emptyset", ORD), "∂": ("\\partial", ORD),
    "∇": ("\\nabla", ORD), "∀": ("\\forall", ORD), "∃": ("\\exists", ORD),
    "¬": ("\\neg", ORD), "ℓ": ("\\ell", ORD), "ℏ": ("\\hbar", ORD), "ℎ": ("h", ORD),
    "ı": ("\\imath", ORD), "ȷ": ("\\jmath", ORD), "℘": ("\\wp", ORD), "∠": ("\\angle", ORD),
    "△": ("\\triangle", ORD), "■": ("\\blacksquare", ORD), "□": ("\\square", ORD),
    "♯": ("\\sharp", ORD), "♦": ("\\diamond", ORD), "▲": ("\\blacktriangle", ORD),
    "…": ("\\dots", ORD), "⋯": ("\\cdots", ORD), "%": ("\\%", ORD), "$": ("\\$", ORD),
    "#": ("\\#", ORD), "&": ("\\&", ORD), "√": ("\\sqrt", RADICAL),
    "∑": ("\\sum", BIGOP), "∏": ("\\prod", BIGOP), "∫": ("\\int", BIGOP), "∮": ("\\oint", BIGOP),
    "⋃": ("\\bigcup", BIGOP), "⋂": ("\\bigcap", BIGOP), "∐": ("\\coprod", BIGOP),
    "ℕ": ("\\mathbb{N}", ORD), "ℤ": ("\\mathbb{Z}", ORD), "ℚ": ("\\mathbb{Q}", ORD),
    "ℝ": ("\\mathbb{R}", ORD), "ℂ": ("\\mathbb{C}", ORD), "ℙ": ("\\mathbb{P}", ORD),
    "ℒ": ("\\mathcal{L}", ORD), "ℱ": ("\\mathcal{F}", ORD), "ℬ": ("\\mathcal{B}", ORD),
    "ℰ": ("\\mathcal{E}", ORD), "ℋ": ("\\mathcal{H}", ORD), "ℐ": ("\\mathcal{I}", ORD),
    "ℳ": ("\\mathcal{M}", ORD), "ℛ": ("\\mathcal{R}", ORD),
    "ˆ": ("\\hat", ACCENT), "^": ("\\hat", ACCENT), "˜": ("\\tilde", ACCENT),
    "¯": ("\\bar", ACCENT), "⃗": ("\\vec", ACCENT), "˙": ("\\dot", ACCENT),
}

_GREEK = {
    # Type 1 fonts name TeX's \\epsilon "epsilon" and \\varphi "phi1": by those names
    # MuPDF gives ε for \\epsilon, φ for \\phi and ϕ for \\varphi.
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "ϵ": "varepsilon",
    "ǫ": "epsilon", "\u2126": "Omega", "ζ": "zeta", "η": "eta", "θ": "theta", "ϑ": "vartheta", "ι": "iota",
    "κ": "kappa", "λ": "lambda", "μ": "mu", "ν": "nu", "ξ": "xi", "π": "pi", "ϖ": "varpi",
    "ρ": "rho", "ϱ": "varrho", "σ": "sigma", "ς": "varsigma", "τ": "tau", "υ": "upsilon",
    "φ": "phi", "ϕ": "varphi", "χ": "chi", "ψ": "psi", "ω": "omega", "Γ": "Gamma",
    "Δ": "Delta", "Θ": "Theta", "Λ": "Lambda", "Ξ": "Xi", "Π": "Pi", "Σ": "Sigma",
    "Υ": "Upsilon", "Φ": "Phi", "Ψ": "Psi", "Ω": "Omega", "µ": "mu",
}

# Alphabet styles of the Unicode Mathematical Alphanumeric Symbols block, by the
# words Unicode uses in their names, and the LaTeX wrapper each one means.
_STYLES = (
    ("BOLD ITALIC", "\\boldsymbol"), ("BOLD SCRIPT", "\\mathcal"), ("BOLD FRAKTUR", "\\mathfrak"),
    ("DOUBLE-STRUCK", "\\mathbb"), ("SANS-SERIF", "\\mathsf"), ("MONOSPACE", "\\mathtt"),
    ("FRAKTUR", "\\mathfrak"), ("SCRIPT", "\\mathcal"), ("BOLD", "\\mathbf"), ("ITALIC", ""),
)

# TeX extension-font layout (CMEX, and txexs / pxexs which follow it): code -> (latex, kind).
_CMEX: dict[int, tuple[str, str]] = {}
for _codes, _latex, _kind in (
    ((0x00, 0x10, 0x12, 0x20, 0x30, 0x40, 0x42), "(", OPEN),
    ((0x01, 0x11, 0x13, 0x21, 0x31, 0x41, 0x43), ")", CLOSE),
    ((0x02, 0x14, 0x22, 0x32, 0x34, 0x36, 0x68), "[", OPEN),
    ((0x03, 0x15, 0x23, 0x33, 0x35, 0x37, 0x69), "]", CLOSE),
    ((0x04, 0x16, 0x24, 0x6A), "\\lfloor", OPEN), ((0x05, 0x17, 0x25, 0x6B), "\\rfloor", CLOSE),
    ((0x06, 0x18, 0x26, 0x6C), "\\lceil", OPEN), ((0x07, 0x19, 0x27, 0x6D), "\\rceil", CLOSE),
    ((0x08, 0x1A, 0x28, 0x38, 0x3A, 0x3C, 0x6E), "\\{", OPEN),
    ((0x09, 0x1B, 0x29, 0x39, 0x3B, 0x3D, 0x6F), "\\}", CLOSE),
    ((0x0A, 0x1C, 0x2A, 0x44), "\\langle", OPEN), ((0x0B, 0x1D, 0x2B, 0x45), "\\rangle", CLOSE),
    ((0x0C,), "|", ORD), ((0x0D,), "\\|", ORD), ((0x0E, 0x1E, 0x2C), "/", ORD),
    ((0x50, 0x58), "\\sum", BIGOP), ((0x51, 0x59), "\\prod", BIGOP), ((0x52, 0x5A), "\\int", BIGOP),
    ((0x53, 0x5B), "\\bigcup", BIGOP), ((0x54, 0x5C), "\\bigcap", BIGOP),
    ((0x48, 0x49), "\\oint", BIGOP), ((0x60, 0x61), "\\coprod", BIGOP),
    ((0x56, 0x5E), "\\bigwedge", BIGOP), ((0x57, 0x5F), "\\bigvee", BIGOP),
    ((0x4C, 0x4D), "\\bigoplus", BIGOP), ((0x4E, 0x4F), "\\bigotimes", BIGOP),
    ((0x70, 0x71, 0x72, 0x73, 0x74), "\\sqrt", RADICAL), ((0x75, 0x76), "", PIECE),
    ((0x3E, 0x3F), "", PIECE), ((0x62, 0x63, 0x64), "\\widehat", ACCENT),
    ((0x65, 0x66, 0x67), "\\widetilde", ACCENT),
):
    for _code in _codes:
        _CMEX[_code] = (_latex, _kind)

# Pieces of tall delimiters in the Private Use Area (Adobe Symbol's names), which
# CMEX and txexs glyphs map to: the top piece carries the delimiter, the rest are glue.
_PUA_PIECES = {
    0xF8EB: ("(", OPEN), 0xF8ED: ("", PIECE), 0xF8EC: ("", PIECE),
    0xF8F6: (")", CLOSE), 0xF8F8: ("", PIECE), 0xF8F7: ("", PIECE),
    0xF8EE: ("[", OPEN), 0xF8EF: ("", PIECE), 0xF8F0: ("", PIECE),
    0xF8F9: ("]", CLOSE), 0xF8FA: ("", PIECE), 0xF8FB: ("", PIECE),
    0xF8F1: ("\\{", OPEN), 0xF8F2: ("", PIECE), 0xF8F3: ("", PIECE), 0xF8F4: ("", PIECE),
    0xF8FC: ("\\}", CLOSE), 0xF8FD: ("", PIECE), 0xF8FE: ("", PIECE),
}

# txexs glyphs whose names MuPDF maps to Latin-1 letters (checked against the books' sources).
_TXEX_EXTRA = {
    "Í": ("\\sum", BIGOP), "Õ": ("\\sum", BIGOP), "Î": ("\\prod", BIGOP), "Ö": ("\\prod", BIGOP),
    "©": ("\\{", OPEN), "ª": ("\\}", CLOSE), "«": ("", PIECE), "¬": ("", PIECE),
    "\xad": ("", PIECE), "®": ("", PIECE), "∫": ("\\int", BIGOP),
}

# The vector arrow of \\vec in newpx / newtx symbols, which MuPDF reads as a Latin-1 letter.
_TX_SYMBOLS = {"®": ("\\vec", ACCENT)}

# Fourier's extension font (fourier / fouriernc packages), by the glyphs the trig book uses.
_FOURIER_SYMBOLS = {"p": ("\\sqrt", RADICAL)}
_FOURIER_EXT = {
    "¡": ("(", OPEN), "¢": (")", CLOSE), "³": ("(", OPEN), "´": (")", CLOSE),
    "µ": ("(", OPEN), "¶": (")", CLOSE), "Ã": ("(", OPEN), "!": (")", CLOSE),
    "·": ("[", OPEN), "¸": ("]", CLOSE), "£": ("[", OPEN), "¤": ("]", CLOSE),
    "p": ("\\sqrt", RADICAL), "q": ("\\sqrt", RADICAL), "r": ("\\sqrt", RADICAL),
    "s": ("\\sqrt", RADICAL), "t": ("\\sqrt", RADICAL), "u": ("", PIECE), "v": ("", PIECE),
    "P": ("\\sum", BIGOP), "X": ("\\sum", BIGOP), "R": ("\\int", BIGOP), "Z": ("\\int", BIGOP),
}


def _extension(c: str, font: str) -> tuple[str, str] | None:
    if font.startswith("Fourier"):
        return _FOURIER_EXT.get(c)
    if font.startswith("txex") and c in _TXEX_EXTRA:
        return _TXEX_EXTRA[c]
    code = ord(c)
    if code in _PUA_PIECES:
        return _PUA_PIECES[code]
    return _CMEX.get(code) or _SYMBOLS.get(c)


def _alphanumeric(c: str) -> tuple[str, str] | None:
    """A letter or digit from the Mathematical Alphanumeric block, back to plain LaTeX."""
    rest = unicodedata.name(c, "").removeprefix("MATHEMATICAL ")
    wrap = ""
    for words, latex in _STYLES:
        if rest.startswith(words + " "):
            wrap, rest = latex, rest[len(words) + 1:]
            break
    if rest.startswith("DIGIT "):
        tok = str(unicodedata.digit(c))
    elif rest == "PARTIAL DIFFERENTIAL":
        tok = "\\partial"
    elif rest.startswith("SMALL DOTLESS "):
        tok = "\\" + rest[-1].lower() + "math"
    elif rest.endswith(" SYMBOL") and rest.lower() in _GREEK_NAMES:
        tok = "\\" + _GREEK_NAMES[rest.lower()]
    elif rest.startswith(("CAPITAL ", "SMALL ")):
        capital = rest.startswith("CAPITAL ")
        name = rest.split(" ", 1)[1].lower().replace("lamda", "lambda")
        if len(name) == 1:
            tok = name.upper() if capital else name
        elif name in _GREEK_NAMES:
            tok = "\\" + (name.capitalize() if capital else _GREEK_NAMES[name])
        else:
            return None
    else:
        return None
    return (f"{wrap}{{{tok}}}" if wrap else tok), ORD


# Unicode's names of italic Greek letters -> LaTeX command (math italic epsilon and
# phi are the curly ones, \varepsilon and \varphi, in the default TeX fonts' sense).
_GREEK_NAMES = {v: v for v in _GREEK.values() if not v.startswith("var")} | {
    "epsilon": "varepsilon", "phi": "varphi", "epsilon symbol": "epsilon", "phi symbol": "phi",
    "theta symbol": "vartheta", "final sigma": "varsigma", "rho symbol": "varrho",
    "pi symbol": "varpi", "kappa symbol": "varkappa",
}


@lru_cache(maxsize=8192)
def glyph_latex(c: str, font: str) -> tuple[str, str] | None:
    """``(latex, kind)`` for glyph ``c`` of ``font`` read as math, or ``None`` if it has no meaning.

    Letters and digits of text fonts come back as themselves (kind ``ord``): the
    parser decides from context whether they are math at all.
    """
    if is_extension_font(font):
        return _extension(c, font)
    if font.startswith("Fourier-Math-Symbols") and c in _FOURIER_SYMBOLS:
        return _FOURIER_SYMBOLS[c]
    if font.startswith(("pxsy", "txsy")) and c in _TX_SYMBOLS:
        return _TX_SYMBOLS[c]
    if font.startswith("MSBM") and c.isascii() and c.isalpha():
        return f"\\mathbb{{{c}}}", ORD
    if font.startswith(("CMSY", "CMBSY", "LMMathSymbols")) and c.isascii() and c.isupper():
        return f"\\mathcal{{{c}}}", ORD
    if font.startswith(("EUFM",)) and c.isascii() and c.isalpha():
        return f"\\mathfrak{{{c}}}", ORD
    if c in _SYMBOLS:
        return _SYMBOLS[c]
    if c in _GREEK:
        return "\\" + _GREEK[c], ORD
    if c.isascii() and c.isalnum():
        return c, ORD
    if 0x1D400 <= ord(c) <= 0x1D7FF:
        return _alphanumeric(c)
    if c == "\u0338":  # combining long solidus: negates the next relation
        return "\\not", REL
    return None
