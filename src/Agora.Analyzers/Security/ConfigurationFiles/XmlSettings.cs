using System;
using System.Collections.Generic;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;

namespace Agora.Analyzers.Security.ConfigurationFiles;

/// <summary>
/// Reads values of *.config files: <c>&lt;add key="…" value="…"/&gt;</c> (either order), any other attribute
/// under its own name, and elements with text content under the element's name.
/// </summary>
internal static class XmlSettings
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(500);

    private static readonly Regex AddElement = new(
        @"<add\b(?=[^>]*\bkey\s*=\s*""(?<key>[^""]*)"")(?=[^>]*\bvalue\s*=\s*""(?<value>[^""]*)"")[^>]*>",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex Attribute = new(@"\b(?<name>[A-Za-z_][\w.:-]*)\s*=\s*""(?<value>[^""]*)""", RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex Element = new(@"<(?<name>[A-Za-z_][\w.:-]*)(\s[^>]*)?>(?<value>[^<]+)</\k<name>\s*>", RegexOptions.CultureInvariant, Timeout);

    public static IEnumerable<SettingValue> Read(string text)
    {
        var values = new List<SettingValue>();
        try
        {
            foreach (Match add in AddElement.Matches(text))
            {
                Group value = add.Groups["value"];
                values.Add(new SettingValue(add.Groups["key"].Value, WebUtility.HtmlDecode(value.Value), new TextSpan(value.Index, value.Length)));
            }

            foreach (Match attribute in Attribute.Matches(text))
            {
                string name = attribute.Groups["name"].Value;
                if (!name.Equals("key", StringComparison.OrdinalIgnoreCase) && !name.Equals("value", StringComparison.OrdinalIgnoreCase))
                {
                    Group value = attribute.Groups["value"];
                    values.Add(new SettingValue(name, WebUtility.HtmlDecode(value.Value), new TextSpan(value.Index, value.Length)));
                }
            }

            foreach (Match element in Element.Matches(text))
            {
                Group value = element.Groups["value"];
                values.Add(new SettingValue(element.Groups["name"].Value, WebUtility.HtmlDecode(value.Value.Trim()), new TextSpan(value.Index, value.Length)));
            }
        }
        catch (RegexMatchTimeoutException)
        {
        }

        return values;
    }
}
