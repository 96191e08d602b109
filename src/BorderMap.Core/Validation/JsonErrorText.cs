using System.Text.Json;

namespace BorderMap.Core.Validation;

/// <summary>
/// A System.Text.Json error as a client should read it: the JSON path of the bad token (the field
/// the client got wrong) and a message in JSON's terms, not .NET's.
/// </summary>
public static class JsonErrorText
{
    public static (string Path, string Message) Of(JsonException json)
    {
        var path = string.IsNullOrEmpty(json.Path) ? "$" : json.Path;
        var message = json.Message;
        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
            message = "is not a field of this resource";
        else if (message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
            message = "has a value of the wrong type or format";
        else
        {
            var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
            if (cut > 0) message = message[..cut];
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut > 0) message = message[..cut];
        }
        return (path, message);
    }
}
