namespace Agora.Rest.Tests.Tokens;

/// <summary>
/// Agora's published token test vectors (AgoraIO/Tools, DynamicKey/AgoraDynamicKey tests for C#, Go and
/// Python). Different zlib compressors produced different strings for the same content; every string
/// for a vector inflates to the same bytes.
/// </summary>
public static class OfficialVectors
{
    public const string AppId = "970CA35de60c44645bbae8a215061b33";
    public const string AppCertificate = "5CFd2fd1755d40ecb72977518be15d3b";
    public const string Channel = "7d72365eb983485397e3e3f9d460bdda";
    public const uint Uid = 2882341273;
    public const string UidText = "2882341273";
    public const string UserId = "test_user";
    public const uint IssueTimestamp = 1111111;
    public const uint Salt = 1;
    public const uint Expire = 600;

    /// <summary>RTC, uid 2882341273, join = 600 (SharpZipLib, zlib-6, Go).</summary>
    public static readonly string[] RtcUid =
    {
        "007eJwlx6EKQjEUgOGjYDEJgsG0R9h2zrazKAaDgtGrQdg880Gsgk2M+gA+wI0Wg1jMPodglYv8/OFTMLjUs9V69/zO6/7rvLxP349bUlUnXk+Lw3E/VBCDHo/QSfF6Q+TJ5ZwKJ2uc9iYjTj49qNoALWj+11hBkGDRu5IjI7HDGAoW3EYhr7NI6oJltkjGBvwBwmok4w==",
        "007eJxTYBBbsMMnKq7p9Hf/HcIX5kce9b518kCiQgSr5Zrp4X1Tu6UUGCzNDZwdjU1TUs0Mkk1MzExMk5ISUy0SjQxNDcwMk4yN3b8IMEQwMTAwMoAwBIL4CgzmKeZGxmamqUmWFsYmFqbGluapxqnGaZYpJmYGSSkpiVwMRhYWRsYmhkbmxgDCaiTj",
        "007eJxSYBBbsMMnKq7p9Hf/HcIX5kce9b518kCiQgSr5Zrp4X1Tu6UUGCzNDZwdjU1TUs0Mkk1MzExMk5ISUy0SjQxNDcwMk4yN3b8IMEQwMTAwMoAwBIL4CgzmKeZGxmamqUmWFsYmFqbGluapxqnGaZYpJmYGSSkpiVwMRhYWRsYmhkbmxoAAAAD//8JqJOM=",
    };

    /// <summary>The inflated content of <see cref="RtcUid"/>, as published.</summary>
    public const string RtcUidContentHex =
        "200016a0b84c5a5e82cbf74fb813d09f59c54bdac9c06120580539ac97578e958b1a2000393730434133356465363063343436343562626165386132313530363162333347f410005802000001000000010001000100010058020000200037643732333635656239383334383533393765336533663964343630626464610a0032383832333431323733";

    /// <summary>RTC, uid 0 (stored as ""), join = 600.</summary>
    public static readonly string[] RtcUid0 =
    {
        "007eJxTYLhzZP08Lxa1Pg57+TcXb/3cZ3wi4V6kbpbOog0G2dOYk20UGCzNDZwdjU1TUs0Mkk1MzExMk5ISUy0SjQxNDcwMk4yN3b8IMEQwMTAwMoAwBIL4CgzmKeZGxmamqUmWFsYmFqbGluapxqnGaZYpJmYGSSkpiQwMADacImo=",
        "007eJxSYLhzZP08Lxa1Pg57+TcXb/3cZ3wi4V6kbpbOog0G2dOYk20UGCzNDZwdjU1TUs0Mkk1MzExMk5ISUy0SjQxNDcwMk4yN3b8IMEQwMTAwMoAwBIL4CgzmKeZGxmamqUmWFsYmFqbGluapxqnGaZYpJmYGSSkpiQwMgAAAAP//Npwiag==",
    };

    public const string RtcUid0ContentHex =
        "2000dcc4af9e4a04268e083f1fecd1daf9be33c860de592d6a2ca2b0306b9603633c2000393730434133356465363063343436343562626165386132313530363162333347f410005802000001000000010001000100010058020000200037643732333635656239383334383533393765336533663964343630626464610000";

    /// <summary>RTM, user "test_user", login = 600.</summary>
    public static readonly string[] Rtm =
    {
        "007eJxTYOCdJftjyTM2zxW6Xhm/5T0j5LdcUt/xYVt48fb5Mp3PX9coMFiaGzg7GpumpJoZJJuYmJmYJiUlplokGhmaGpgZJhkbu38RYIhgYmBgZABhJiBmBPM5GUpSi0viS4tTiwBZVh6A",
        "007eJxSYOCdJftjyTM2zxW6Xhm/5T0j5LdcUt/xYVt48fb5Mp3PX9coMFiaGzg7GpumpJoZJJuYmJmYJiUlplokGhmaGpgZJhkbu38RYIhgYmBgZABhJgZGBkYwn5OhJLW4JL60OLUIEAAA//9ZVh6A",
    };

    public const string RtmContentHex =
        "20000d9a1df8a4e60649a82d4a68fb1f49581fb4d227b8f0b65773b79f1c89e7eb7c2000393730434133356465363063343436343562626165386132313530363162333347f4100058020000010000000100020001000100580200000900746573745f75736572";

    /// <summary>Chat user "2882341273", user = 600.</summary>
    public static readonly string[] ChatUser =
    {
        "007eJxTYNAIsnbS3v/A5t2TC6feR15r+6cq8bqAvfaW+tk/Vzz+p6xTYLA0N3B2NDZNSTUzSDYxMTMxTUpKTLVINDI0NTAzTDI2dv8iwBDBxMDAyADCrEDMCOZzMRhZWBgZmxgamRsDAB+lHrg=",
        "007eJxSYNAIsnbS3v/A5t2TC6feR15r+6cq8bqAvfaW+tk/Vzz+p6xTYLA0N3B2NDZNSTUzSDYxMTMxTUpKTLVINDI0NTAzTDI2dv8iwBDBxMDAyADCrAyMDIxgPheDkYWFkbGJoZG5MSAAAP//H6UeuA==",
    };

    /// <summary>Chat app token, app = 600.</summary>
    public static readonly string[] ChatApp =
    {
        "007eJxTYNDNaz3snC8huEfHWdz6s98qltq4zqy9fl99Uh0FDvy6F6DAYGlu4OxobJqSamaQbGJiZmKalJSYapFoZGhqYGaYZGzs/kWAIYKJgYGRAYRZgZgJzGdgAACt8hhr",
        "007eJxSYNDNaz3snC8huEfHWdz6s98qltq4zqy9fl99Uh0FDvy6F6DAYGlu4OxobJqSamaQbGJiZmKalJSYapFoZGhqYGaYZGzs/kWAIYKJgYGRAYRZGRgZmMB8BgZAAAAA//+t8hhr",
    };

    /// <summary>RTC (all four privileges) + RTM "test_user" + Chat "2882341273" (C# port).</summary>
    public const string MultiCSharp =
        "007eJxNjD0KwkAUhJ8xFlqJbZpYauNm3/4WFmKRK9hJ1l3B1sQip1AEz2Bt5QmEXMFjCMEiWBgjiMV8MMPwhVCdnqUspvf8cQkOk9trUOWj45jtr3ExPMfBJgQtyXyG3DpBVowJxo1JnEpoxImIDGJc9mHhAbQAoF3Tr/PpXsN2Q79hCNJKioI7oxUyxVFLhw7X2jJBjLVJD6hSFFlEJXq152vqQubSbLlL3bbzG/+vb8OnLf0=";

    /// <summary>RTC (join only) + RTM "test_user" + Chat "2882341273" (Go).</summary>
    public const string MultiGo =
        "007eJxSYJjqLJBlM239wwWvmBZ7tW619coNnPKSXaHayfKzZODswxMVGCzNDZwdjU1TUs0Mkk1MzExMk5ISUy0SjQxNDcwMk4yN3b8IMEQwMTAwMjAwMDMwgiGIr8BgnmJuZGxmmppkaWFsYmFqbGmeapxqnGaZYmJmkJSSksjFYGRhYWRsYmhkbswE18fJUJJaXBJfWpxaxAoXRFYKCAAA///aoiqr";

    /// <summary>RTC (all four) + RTM "test_user" (Python; parse-only in Agora's tests).</summary>
    public const string RtcRtm =
        "007eJxTYOAQsrQ5s3TfH+1tvy8zZZ46EpCc0V43JXdGd2jS8porKo4KDJbmBs6OxqYpqWYGySYmZiamSUmJqRaJRoamBmaGScbG7l8EGCKYGBgYGRgYmIAkCxCD+ExgkhlMsoBJBQbzFHMjYzPT1CRLC2MTC1NjS/NU41TjNMsUEzODpJSURC4GIwsLI2MTQyNzY5BZEJM4GUpSi0viS4tTiwAipyp4";

    /// <summary>RTC (all four) + RTM "2882341273" + FPA + Chat "2882341273" + APaaS user (Python).</summary>
    public const string MultiPython =
        "007eJxTYHh8IPKzTvBdf9ce8bk7G61vs06oca1e815/ot4+x7rfjDIKDJbmBs6OxqYpqWYGySYmZiamSUmJqRaJRoamBmaGScbG7l8EGCKYGBgYGRgYWIEkCxCD+ExgkhlMsoBJBQbzFHMjYzPT1CRLC2MTC1NjS/NU41TjNMsUEzODpJSURC4GIwsLI2MTQyNzYyagORCTkEVZ4KKsWOXZgWIQm1HF//8HAL01L5I=";

    /// <summary>APaaS room user (room "123", role 1) + RTM + Chat md5(user) (Python).</summary>
    public const string ApaasRoomUser =
        "007eJxTYOi6fYVB7qlA2ZWQ+Ko3N2IafQOddj+K4tjh3PS7P2vx4a0KDJbmBs6OxqYpqWYGySYmZiamSUmJqRaJRoamBmaGScbG7l8EGCKYGBgYGRgYmBmYgDQjmM/FYGRhYWRsYmhkbswKF1VgMDMwMza2MDYxskg0NktLSjROSzIzMDZISk1OszCwNEllh6tlZjA0MkY2hpEBANqIKYQ=";

    /// <summary>APaaS user "2882341273" (Python).</summary>
    public const string ApaasUser =
        "007eJxTYEg4e9Zj9gch+QkfFi1qM7tdkn1G3Kzt6FTJpTpzRQ4brixTYLA0N3B2NDZNSTUzSDYxMTMxTUpKTLVINDI0NTAzTDI2dv8iwBDBxMDAyADC7EDMBOYzMHAxGFlYGBmbGBqZG///DwDuNR56";

    /// <summary>APaaS app (Python).</summary>
    public const string ApaasApp =
        "007eJxTYJgT3rumdJdoWJpC3aNTb4o76swyLsrHvmznOn/x1cQM9gcKDJbmBs6OxqYpqWYGySYmZiamSUmJqRaJRoamBmaGScbG7l8EGCKYGBgYGUCYHYiZwXwQ+P8fAADUHTQ=";

    /// <summary>Streaming + FCDN + RTM2 with permissions (C++).</summary>
    public const string ExtendedServices =
        "007eJxTYPj86Lzdz79M25wNn/lMfvu+TkfmdpiviKvChm8ZV3SWndytwGBpbuDsaGyakmpmkGxiYmZimpSUmGqRaGRoamBmmGRs7P5FgCGCiYGBkYGBgRkImYAsEJ8JTCowmKeYGxmbmaYmWVoYm1iYGluapxqnGqdZppiYGSSlpCRyMRhZWBgZmxgamRuzUaSbA6gXopuToSS1uCS+tDi1iJkB4jQmoGBuanFxYnqqbiKCmcTIAIEcDMUlRamJubqJLGD1jAxsDCD9uokAO/VDvQ==";

    /// <summary>Repeated Streaming and FCDN services (C#, Go, Python).</summary>
    public static readonly string[] RepeatedServices =
    {
        "007eJydjjsKwkAURZ8RUogEEdE2ha2QzJtfKhELwQ1oYTOTGW38gJ/SNYhFsLJTXIilS8gKbKxcgB+0N1aXWxzO8SE9dffl0Xi3btqjrl966aF6TWrbwc07V7qbhPgQiaDdQmYsD2JKOWVaKysVCVnAQ43YuZeg7wDkAMCF/HNz7++DMIIgZ1ZHEqlkGAmLFoeRoTzQxqgCECkJ0pAIfHHOjxw8Lc7H8ivjwWI5t2rSUHE8W02X7p+dbqZON3NnEYaxmX4rH0lvX1c=",
        "007eJxSYLi93GuuUHrO9Fr71KVJKqfDby8RezlVfGLMO77DIl79U40UGCzNDZwdjU1TUs0Mkk1MzExMk5ISUy0SjQxNDcwMk4yN3b8IMEQwMTAwMjAwsDEwMzAyMIL5CgzmKeZGxmamqUmWFsYmFqbGluapxqnGaZYpJmYGSSkpiVwMRhYWRsYmhkbmxiB9TETqY2BgZmCC2kKsHj6G4pKi1MRc3cTk5PzSvBI2Mt3JRpI72Uh2Jw9DWnJKHsyVgAAAAP//SW9fVw==",
        "007eJxTYLi93GuuUHrO9Fr71KVJKqfDby8RezlVfGLMO77DIl79U40UGCzNDZwdjU1TUs0Mkk1MzExMk5ISUy0SjQxNDcwMk4yN3b8IMEQwMTAwMjAwsDEwA2lGMF+BwTzF3MjYzDQ1ydLC2MTC1NjSPNU41TjNMsXEzCApJSWRi8HIwsLI2MTQyNwYpI+JSH0MQFuYoLYQq4ePobikKDUxVzcxOTm/NK+EjUx3spHkTjaS3cnDkJackgdzJQBJb19X",
    };

    /// <summary>Legacy AccessToken (006), uid 2882341273, salt 1, expiry 1111111, join = 1446455471.</summary>
    public const string Legacy =
        "006970CA35de60c44645bbae8a215061b33IACV0fZUBw+72cVoL9eyGGh3Q6Poi8bgjwVLnyKSJyOXR7dIfRBXoFHlEAABAAAAR/QQAAEAAQCvKDdW";

    /// <summary>Legacy AccessToken (006), uid 0.</summary>
    public const string LegacyUid0 =
        "006970CA35de60c44645bbae8a215061b33IACw1o7htY6ISdNRtku3p9tjTPi0jCKf9t49UHJhzCmL6bdIfRAAAAAAEAABAAAAR/QQAAEAAQCvKDdW";

    public const uint LegacyJoinExpire = 1446455471;
}
