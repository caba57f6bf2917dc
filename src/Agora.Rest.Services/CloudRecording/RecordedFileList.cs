using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Agora.Rest.Services.CloudRecording;

/// <summary>
/// The recorded files of an individual or mix recording (<c>serverResponse.fileList</c>), which Agora sends in one of two
/// shapes, announced by <c>fileListMode</c>: a JSON string holding one M3U8 file name (<see cref="FileListMode.Text"/>,
/// mix with HLS only), or an array of file entries (<see cref="FileListMode.Json"/>). Both read into this one type:
/// exactly one of <see cref="M3u8FileName"/> and <see cref="Files"/> is set.
/// </summary>
/// <remarks>
/// Read and written by its own converter from the JSON token (string or array), so its properties carry no wire names.
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class RecordedFileList
{
    private RecordedFileList(string? m3u8FileName, IReadOnlyList<RecordedFile>? files)
    {
        M3u8FileName = m3u8FileName;
        Files = files;
    }

    /// <summary>The M3U8 file name when the list came as a string; otherwise <see langword="null"/>.</summary>
    public string? M3u8FileName { get; }

    /// <summary>The file entries when the list came as an array; otherwise <see langword="null"/>.</summary>
    public IReadOnlyList<RecordedFile>? Files { get; }

    /// <summary>Whether the list came as an array of entries (<c>fileListMode</c> <c>"json"</c>).</summary>
    public bool IsFileArray => Files is not null;

    /// <summary>Every file name the list holds, in either shape.</summary>
    public IReadOnlyList<string> FileNames
    {
        get
        {
            if (Files is null)
            {
                return new[] { M3u8FileName! };
            }

            var names = new List<string>(Files.Count);
            foreach (RecordedFile file in Files)
            {
                if (file.FileName is not null)
                {
                    names.Add(file.FileName);
                }
            }

            return names;
        }
    }

    /// <summary>A list given as one M3U8 file name (the string shape).</summary>
    /// <param name="m3u8FileName">The file name.</param>
    public static RecordedFileList FromM3u8FileName(string m3u8FileName) =>
        new(m3u8FileName ?? throw new ArgumentNullException(nameof(m3u8FileName)), null);

    /// <summary>A list given as file entries (the array shape).</summary>
    /// <param name="files">The entries.</param>
    public static RecordedFileList FromFiles(IReadOnlyList<RecordedFile> files) =>
        new(null, files ?? throw new ArgumentNullException(nameof(files)));

    /// <summary>The file name in the string shape, or the names joined by commas.</summary>
    public override string ToString() => M3u8FileName ?? string.Join(",", FileNames);

    // Items go through the services' own context, so their wire names hold whatever options the caller uses.
    internal sealed class Converter : JsonConverter<RecordedFileList>
    {
        public override RecordedFileList Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    return FromM3u8FileName(reader.GetString()!);
                case JsonTokenType.StartArray:
                    var files = new List<RecordedFile>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        files.Add(JsonSerializer.Deserialize(ref reader, AgoraServicesJson.Default.RecordedFile)
                            ?? throw new JsonException("A fileList entry was null."));
                    }

                    return FromFiles(files);
                default:
                    throw new JsonException($"Expected fileList as a JSON string or array, found {reader.TokenType}.");
            }
        }

        public override void Write(Utf8JsonWriter writer, RecordedFileList value, JsonSerializerOptions options)
        {
            if (value.Files is null)
            {
                writer.WriteStringValue(value.M3u8FileName);
                return;
            }

            writer.WriteStartArray();
            foreach (RecordedFile file in value.Files)
            {
                JsonSerializer.Serialize(writer, file, AgoraServicesJson.Default.RecordedFile);
            }

            writer.WriteEndArray();
        }
    }
}

/// <summary>One recorded file of an individual or mix recording (a <c>fileList</c> entry in the array shape).</summary>
public sealed class RecordedFile
{
    /// <summary>The M3U8 or MP4 file name.</summary>
    [JsonPropertyName("fileName")]
    public string? FileName { get; set; }

    /// <summary>What the file holds.</summary>
    [JsonPropertyName("trackType")]
    public TrackType? TrackType { get; set; }

    /// <summary>The recorded user; <c>"0"</c> in mix mode.</summary>
    [JsonPropertyName("uid")]
    public string? Uid { get; set; }

    /// <summary>True when every user is in this one file; false when the file holds one user.</summary>
    [JsonPropertyName("mixedAllUser")]
    public bool? MixedAllUser { get; set; }

    /// <summary>Whether the file can be played online.</summary>
    [JsonPropertyName("isPlayable")]
    public bool? IsPlayable { get; set; }

    /// <summary>When the file's recording started, Unix time in seconds.</summary>
    [JsonPropertyName("sliceStartTime")]
    public long? SliceStartTime { get; set; }
}
