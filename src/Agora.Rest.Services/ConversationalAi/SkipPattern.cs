namespace Agora.Rest.Services.ConversationalAi;

/// <summary>
/// Bracketed text the TTS does not speak (<c>tts.skip_patterns</c>). Only the outermost matching pair is skipped; the
/// agent's memory keeps the full text.
/// </summary>
public enum SkipPattern
{
    /// <summary>Chinese parentheses <c>（）</c>.</summary>
    ChineseParentheses = 1,

    /// <summary>Chinese square brackets <c>【】</c>.</summary>
    ChineseSquareBrackets = 2,

    /// <summary>Parentheses <c>( )</c>.</summary>
    Parentheses = 3,

    /// <summary>Square brackets <c>[ ]</c>.</summary>
    SquareBrackets = 4,

    /// <summary>Curly braces <c>{ }</c>.</summary>
    CurlyBraces = 5,
}
