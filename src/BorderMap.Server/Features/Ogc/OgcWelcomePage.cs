using System.Net;
using System.Text;

namespace BorderMap.Server.Features.Ogc;

/// <summary>A plain HTML welcome for people who open /ogc in a browser: what this is and how to connect QGIS.</summary>
internal static class OgcWelcomePage
{
    public static string Html(OgcLanding landing)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(landing.Title)).Append(" – OGC API – Features</title></head><body>")
            .Append("<h1>").Append(WebUtility.HtmlEncode(landing.Title)).Append(" – OGC API – Features</h1>")
            .Append("<p>").Append(WebUtility.HtmlEncode(landing.Description)).Append("</p>")
            .Append("<p>In QGIS: Layer → Add Layer → Add WFS / OGC API – Features Layer, new connection, URL <code>")
            .Append(WebUtility.HtmlEncode(landing.Links[0].Href.TrimEnd('/'))).Append("</code>.</p><ul>");
        foreach (var link in landing.Links)
        {
            html.Append("<li><a href=\"").Append(WebUtility.HtmlEncode(link.Href)).Append("\">")
                .Append(WebUtility.HtmlEncode(link.Title ?? link.Rel)).Append("</a> (").Append(WebUtility.HtmlEncode(link.Rel)).Append(")</li>");
        }
        return html.Append("</ul></body></html>").ToString();
    }
}
