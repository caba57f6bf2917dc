namespace Agora.Rest.Services.CloudRecording;

/// <summary>The recorder's state as query reports it (<c>serverResponse.status</c>).</summary>
public enum RecordingStatus
{
    /// <summary><c>0</c>: not started.</summary>
    NotStarted = 0,

    /// <summary><c>1</c>: initialization complete.</summary>
    Initialized = 1,

    /// <summary><c>2</c>: components starting.</summary>
    Starting = 2,

    /// <summary><c>3</c>: some components ready.</summary>
    PartiallyReady = 3,

    /// <summary><c>4</c>: all components ready.</summary>
    Ready = 4,

    /// <summary><c>5</c>: recording.</summary>
    InProgress = 5,

    /// <summary><c>6</c>: a stop was requested.</summary>
    StopRequested = 6,

    /// <summary><c>7</c>: all components stopped.</summary>
    Stopped = 7,

    /// <summary><c>8</c>: the recorder exited.</summary>
    Exited = 8,

    /// <summary><c>20</c>: the recorder exited abnormally.</summary>
    ExitedAbnormally = 20,
}
