namespace Agora.Generators.Helpers;

/// <summary>
/// A 64-bit FNV-1a hash fed piece by piece. It only has to tell apart text that differs by accident (two versions of
/// a file), never to resist a crafted collision, and it needs no package in a netstandard2.0 generator.
/// </summary>
internal struct Fnv1aHash
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    private ulong _value;

    public static Fnv1aHash Start() => new() { _value = OffsetBasis };

    public readonly ulong Value => _value;

    public void Add(int number)
    {
        unchecked
        {
            for (int shift = 0; shift < 32; shift += 8)
            {
                _value = (_value ^ (byte)(number >> shift)) * Prime;
            }
        }
    }

    /// <summary>Adds the text and then its length, so that "ab" + "c" and "a" + "bc" differ.</summary>
    public void Add(string? text)
    {
        if (text is null)
        {
            Add(-1);
            return;
        }

        unchecked
        {
            foreach (char c in text)
            {
                _value = (_value ^ (byte)c) * Prime;
                _value = (_value ^ (byte)(c >> 8)) * Prime;
            }
        }

        Add(text.Length);
    }
}
