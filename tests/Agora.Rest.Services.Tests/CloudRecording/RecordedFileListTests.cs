using System.Text.Json;
using Agora.Rest.Services.CloudRecording;
using Agora.Rest.Services.Tests.Infrastructure;

namespace Agora.Rest.Services.Tests.CloudRecording;

public sealed class RecordedFileListTests
{
    private static StopServerResponse Read(string json) =>
        JsonSerializer.Deserialize(json, AgoraServicesJson.Default.StopRecordingResponse)!.ServerResponse!;

    [Fact]
    public void The_string_shape_reads_as_one_m3u8_name_and_writes_back_as_a_string()
    {
        const string json = """{"serverResponse":{"fileListMode":"string","fileList":"abc_room.m3u8"}}""";

        StopServerResponse server = Read(json);

        Assert.Equal("abc_room.m3u8", server.FileList!.M3u8FileName);
        Assert.Null(server.FileList.Files);
        Assert.Equal("abc_room.m3u8", server.FileList.ToString());
        JsonAssert.Equal(json, JsonSerializer.Serialize(new StopRecordingResponse { ServerResponse = server }, AgoraServicesJson.Default.StopRecordingResponse));
    }

    [Fact]
    public void The_array_shape_reads_as_entries_and_writes_back_as_an_array()
    {
        const string json = """{"serverResponse":{"fileListMode":"json","fileList":[{"fileName":"x.mp4","trackType":"audio_and_video","uid":"0","mixedAllUser":true,"isPlayable":true,"sliceStartTime":1700000000}]}}""";

        StopServerResponse server = Read(json);

        RecordedFile file = Assert.Single(server.FileList!.Files!);
        Assert.Equal(("x.mp4", TrackType.AudioAndVideo, 1700000000L), (file.FileName, file.TrackType!.Value, file.SliceStartTime!.Value));
        JsonAssert.Equal(json, JsonSerializer.Serialize(new StopRecordingResponse { ServerResponse = server }, AgoraServicesJson.Default.StopRecordingResponse));
    }

    [Fact]
    public void An_empty_array_and_null_read_cleanly()
    {
        Assert.Empty(Read("""{"serverResponse":{"fileList":[]}}""").FileList!.Files!);
        Assert.Null(Read("""{"serverResponse":{"fileList":null}}""").FileList);
    }

    [Fact]
    public void Any_other_token_is_a_json_error()
    {
        Assert.Throws<JsonException>(() => Read("""{"serverResponse":{"fileList":42}}"""));
    }

    [Fact]
    public void Unknown_string_values_read_as_they_are()
    {
        StopServerResponse server = Read("""{"serverResponse":{"uploadingStatus":"pending","fileListMode":"xml"}}""");

        Assert.Equal("pending", server.UploadingStatus!.Value.Value);
        Assert.Equal(new FileListMode("xml"), server.FileListMode);
    }
}
