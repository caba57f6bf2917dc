using Microsoft.CodeAnalysis.Text;

namespace Agora.Analyzers.Security.ConfigurationFiles;

/// <summary>A string value in a settings file, with the key it is stored under and where its text is.</summary>
internal readonly struct SettingValue
{
    public SettingValue(string key, string value, TextSpan span)
    {
        Key = key;
        Value = value;
        Span = span;
    }

    /// <summary>The nearest key (the property name, the add element's key, the attribute or element name).</summary>
    public string Key { get; }

    public string Value { get; }

    public TextSpan Span { get; }
}
