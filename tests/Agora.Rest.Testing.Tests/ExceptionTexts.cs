using System;
using System.Collections;
using System.Collections.Generic;

namespace Agora.Rest.Testing.Tests;

/// <summary>Every text an exception chain offers a log or a user: messages, ToString (stack and inner exceptions), Data entries.</summary>
internal static class ExceptionTexts
{
    public static IEnumerable<string> Of(Exception error)
    {
        for (Exception? current = error; current is not null; current = current.InnerException)
        {
            yield return current.Message;
            yield return current.ToString();
            foreach (DictionaryEntry entry in current.Data)
            {
                yield return $"{entry.Key}={entry.Value}";
            }
        }
    }
}
