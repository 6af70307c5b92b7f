using WebApp.Sessions.Hosting;

namespace WebApp.Pages;

/// <summary>Counts the session's visits to this page.</summary>
public sealed class VisitsModel : SessionPageModel
{
    public int Count { get; private set; }

    // NOTE: two requests of one session that count at the same moment both
    // read the same count, so one increment is lost. The store merges
    // changes by key, not within a key.
    public void OnGet()
    {
        Count = Session.Get<int>(SessionKeys.Visits) + 1;
        Session.Set(SessionKeys.Visits, Count);
    }
}
