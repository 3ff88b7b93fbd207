using System.Text.RegularExpressions;

namespace NotebookRunner.FileApps;

/// <summary>
/// A markdown cell's LaTeX as plain text a comment can hold: $\frac{\partial E}{\partial w}$
/// becomes ∂E/∂w, $\sigma(u) = \frac{1}{1 + e^{-u}}$ becomes σ(u) = 1/(1 + e^(−u)). Macros it does
/// not know keep their name without the backslash, so nothing is lost.
/// </summary>
public static partial class MathText
{
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] =
            "ε", ["varepsilon"] = "ε",
        ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["lambda"] = "λ", ["mu"] = "μ", ["nu"] =
            "ν", ["xi"] = "ξ",
        ["pi"] = "π", ["rho"] = "ρ", ["sigma"] = "σ", ["tau"] = "τ", ["phi"] = "φ", ["varphi"] =
            "φ", ["chi"] = "χ",
        ["psi"] = "ψ", ["omega"] = "ω", ["Gamma"] = "Γ", ["Delta"] = "Δ", ["Theta"] =
            "Θ", ["Lambda"] = "Λ",
        ["Sigma"] = "Σ", ["Phi"] = "Φ", ["Psi"] = "Ψ", ["Omega"] = "Ω", ["partial"] =
            "∂", ["nabla"] = "∇",
        ["sum"] = "Σ", ["prod"] = "Π", ["int"] = "∫", ["infty"] = "∞", ["cdot"] = "·", ["times"] =
            "×", ["div"] = "÷",
        ["pm"] = "±", ["mp"] = "∓", ["le"] = "≤", ["leq"] = "≤", ["ge"] = "≥", ["geq"] =
            "≥", ["ne"] = "≠", ["neq"] = "≠",
        ["approx"] = "≈", ["equiv"] = "≡", ["sim"] = "~", ["propto"] = "∝", ["to"] =
            "→", ["rightarrow"] = "→",
        ["leftarrow"] = "←", ["Rightarrow"] = "⇒", ["mapsto"] = "↦", ["in"] = "∈", ["notin"] =
            "∉", ["subset"] = "⊂",
        ["cup"] = "∪", ["cap"] = "∩", ["forall"] = "∀", ["exists"] = "∃", ["ldots"] =
            "…", ["cdots"] = "⋯", ["dots"] = "…",
        ["vdots"] = "⋮", ["ddots"] = "⋱", ["top"] = "ᵀ", ["intercal"] = "ᵀ", ["odot"] =
            "⊙", ["circ"] = "∘", ["prime"] = "′",
        ["lVert"] = "‖", ["rVert"] = "‖", ["Vert"] = "‖", ["lvert"] = "|", ["rvert"] =
            "|", ["mid"] = "|", ["ell"] = "ℓ",
        ["log"] = "log", ["ln"] = "ln", ["exp"] = "exp", ["max"] = "max", ["min"] =
            "min", ["tanh"] = "tanh",
        ["sin"] = "sin", ["cos"] = "cos", ["lim"] = "lim", ["arg"] = "arg", ["quad"] =
            "  ", ["qquad"] = "    ",
        ["langle"] = "⟨", ["rangle"] = "⟩", ["lfloor"] = "⌊", ["rfloor"] = "⌋", ["neg"] =
            "¬", ["land"] = "∧", ["lor"] = "∨",
    };

    /// <summary>Every $…$ and $$…$$ of <paramref name="markdown"/> as text, the dollars
    /// removed.</summary>
    public static string InMarkdown(string markdown) =>
        Display().Replace(Inline().Replace(markdown, m => Plain(m.Groups[1].Value)), m =>
            Plain(m.Groups[1].Value));

    /// <summary>One LaTeX formula as text.</summary>
    public static string Plain(string latex)
    {
        var text = Spacing()
            .Replace(Sizing().Replace(latex.Replace(@"\\", "; ", StringComparison.Ordinal), ""),
                " ");
        for (var pass = 0; pass < 4; pass++)
            text = Wrapper().Replace(text, m => m.Groups["a"].Value);
        text = Macro().Replace(text, m => Symbols.TryGetValue(m.Groups[1].Value, out var symbol)
            ? symbol + (char.IsLetter(symbol[0]) && symbol.Length == 1 || symbol is "∂" or "∇" ? ""
                : m.Groups[2].Value)
            : m.Groups[1].Value + m.Groups[2].Value);
        for (var pass = 0; pass < 4; pass++)
        {
            text = Fraction().Replace(text, m =>
                $"{Grouped(m.Groups["a"].Value)}/{Grouped(m.Groups["b"].Value)}");
            text = Root().Replace(text, m => $"√{Grouped(m.Groups["a"].Value)}");
        }
        text = Power().Replace(text, m => "^" + Grouped(m.Groups["a"].Value));
        text = Index().Replace(text, m => "_" + Grouped(m.Groups["a"].Value));
        text = text.Replace(@"\{", "{", StringComparison.Ordinal)
            .Replace(@"\}", "}", StringComparison.Ordinal)
            .Replace("&", "", StringComparison.Ordinal)
            .Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal);
        return MultipleSpaces().Replace(text, " ").Trim();
    }

    /// <summary>A part in parentheses when it has more than one term, so that a/b and e^(−u) read
    /// right.</summary>
    private static string Grouped(string part)
    {
        var inner = part.Trim();
        return inner.Length <= 1 || SimpleTerm().IsMatch(inner) ? inner : $"({inner})";
    }

    [GeneratedRegex(@"\$\$(.+?)\$\$", RegexOptions.Singleline)]
    private static partial Regex Display();

    [GeneratedRegex(@"(?<![\\$])\$([^$\n]+?)\$")]
    private static partial Regex Inline();

    [GeneratedRegex(@"\\[dt]?frac\s*\{(?<a>(?:[^{}]|\{[^{}]*\})*)\}" +
        @"\s*\{(?<b>(?:[^{}]|\{[^{}]*\})*)\}")]
    private static partial Regex Fraction();

    [GeneratedRegex(@"\\sqrt\s*\{(?<a>(?:[^{}]|\{[^{}]*\})*)\}")]
    private static partial Regex Root();

    [GeneratedRegex(@"\\(?:text|mathrm|mathbf|mathit|mathcal|mathsf|operatorname|boldsymbol|bm" +
        @"|hat|bar|tilde|vec|overline|underbrace|textbf)\s*\{(?<a>(?:[^{}]|\{[^{}]*\})*)\}")]
    private static partial Regex Wrapper();

    [GeneratedRegex(@"\\[,;:! ]|~")]
    private static partial Regex Spacing();

    [GeneratedRegex(@"\\(?:left|right|big|Big|bigg|Bigg)(?![a-zA-Z])" +
        @"|\\begin\{[a-z*]+\}|\\end\{[a-z*]+\}")]
    private static partial Regex Sizing();

    [GeneratedRegex(@"\\(?!(?:[dt]?frac|sqrt)(?![a-zA-Z]))([a-zA-Z]+)( (?=[\p{L}\p{N}])|)")]
    private static partial Regex Macro();

    [GeneratedRegex(@"\^\{(?<a>[^{}]*)\}")]
    private static partial Regex Power();

    [GeneratedRegex(@"_\{(?<a>[^{}]*)\}")]
    private static partial Regex Index();

    [GeneratedRegex(@"^[\p{L}\p{N}.′ᵀ∂]+$")]
    private static partial Regex SimpleTerm();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex MultipleSpaces();
}
