namespace NewsSearch.Ingest.Readers.ScrapedText;

/// <summary>
/// Reads the layout of a scraped page in three passes: the top (navigation, then the headline), the header
/// (dek, byline, date stamp) up to the first story paragraph, then the story, from which captions, furniture
/// and the trailing related-story links are removed. Anything it cannot place stays in the body, because a
/// stray line costs a searcher less than a lost paragraph.
/// </summary>
internal sealed class ArticleLayout
{
    private const int MinDekWords = 4;
    private const int MaxDekWords = 40;
    private const int MaxCuedDekWords = 60;
    private const int AltTextReach = 4;
    private const int MinHeadlineWords = 4;
    private const int MaxHeadlineWords = 25;
    private const int MaxRelatedHeadlineWords = 15;
    private const int MaxRelatedLinkWords = 20;
    private const int MaxKickerWords = 2;
    private const int MaxKickerLength = 20;
    private const int MaxFurnitureBeforeDateline = 3;
    private const int MaxFurnitureWords = 8;

    private readonly IReadOnlyList<TextLine> _lines;
    private readonly string[] _texts;
    private readonly LineKind[] _kinds;
    private readonly List<string> _captions = [];
    private readonly bool _titleKnown;
    private DateTimeOffset? _published;
    private DateTimeOffset? _updated;
    private string? _bylineSource;
    private string? _datelineSource;

    private ArticleLayout(IReadOnlyList<TextLine> lines, string? knownTitle)
    {
        _lines = lines;
        _texts = [.. lines.Select(l => l.Text)];
        _kinds = new LineKind[lines.Count];
        _titleKnown = knownTitle is not null;
        Title = knownTitle;
    }

    public string? Title { get; private set; }

    public string? Subtitle { get; private set; }

    public string? Byline { get; private set; }

    public string? Source => _datelineSource ?? _bylineSource;

    public string? Dateline { get; private set; }

    public DateTimeOffset? Published => _published ?? _updated;

    public IReadOnlyList<string> Captions => _captions;

    public string Body { get; private set; } = "";

    /// <summary>Reads <paramref name="lines"/>; with a <paramref name="knownTitle"/> from an explicit header, the text is the story and no headline or dek is sought.</summary>
    public static ArticleLayout Read(IReadOnlyList<TextLine> lines, string? knownTitle)
    {
        var layout = new ArticleLayout(lines, knownTitle);
        layout.MarkCaptionsAndFurniture();
        var next = layout._titleKnown ? 0 : layout.ReadTop();
        var bodyStart = layout.ReadHeader(next);
        layout.ReadBody(bodyStart);
        return layout;
    }

    private int Count => _lines.Count;

    private void MarkCaptionsAndFurniture()
    {
        var bare = new string?[Count];
        for (var i = 0; i < Count; i++)
        {
            if (CaptionCue.TryRead(_texts[i], out var caption, out bare[i]))
            {
                _kinds[i] = LineKind.Caption;
                _captions.Add(caption);
            }
            else if (Boilerplate.IsBoilerplate(_texts[i]))
            {
                _kinds[i] = LineKind.Boilerplate;
            }
        }

        // Pages print an image's alt text and then its caption with the credit: the alt text is not story text.
        for (var i = 0; i < Count; i++)
        {
            if (bare[i] is not { } alt || TextShape.WordCount(alt) < 2)
            {
                continue;
            }

            var comparable = TextShape.Comparable(alt);
            for (var j = Math.Max(0, i - AltTextReach); j <= Math.Min(Count - 1, i + AltTextReach); j++)
            {
                if (_kinds[j] == LineKind.Text && TextShape.Comparable(_texts[j]) == comparable)
                {
                    _kinds[j] = LineKind.AltText;
                }
            }
        }
    }

    /// <summary>Skips navigation above the headline and takes the first substantial line as the headline.</summary>
    private int ReadTop()
    {
        for (var i = 0; i < Count; i++)
        {
            if (_kinds[i] != LineKind.Text)
            {
                continue;
            }

            var text = _texts[i];
            if (Navigation.StartsWithBullet(text) || Navigation.IsMenu(text) || Navigation.IsMenuWord(text))
            {
                _kinds[i] = LineKind.Navigation;
                continue;
            }

            if (TryDate(i) || (Byline is null && TryByline(i)))
            {
                continue;
            }

            var menuEnd = MenuRunEnd(i);
            if (menuEnd > i)
            {
                for (var j = i; j < menuEnd; j++)
                {
                    if (_kinds[j] == LineKind.Text)
                    {
                        _kinds[j] = LineKind.Navigation;
                    }
                }

                i = menuEnd - 1;
                continue;
            }

            _kinds[i] = LineKind.Title;
            Title = text;
            return i + 1;
        }

        // Nothing but furniture: index it under its first line rather than lose the text.
        Title = Count > 0 ? _texts[0] : null;
        return Count;
    }

    /// <summary>
    /// The end of the menu items (see <see cref="Navigation.IsMenuItem"/>) that start at <paramref name="start"/>
    /// above the headline; <paramref name="start"/> itself when they are more likely the headline. Two or more labels
    /// make a menu, and so does a kicker of a word or two such as "Climate crisis"; the last label is the headline when prose follows.
    /// </summary>
    private int MenuRunEnd(int start)
    {
        var labels = new List<int>();
        var next = start;
        while (next >= 0 && Navigation.IsMenuItem(_texts[next]))
        {
            labels.Add(next);
            next = NextSignificant(next);
        }

        if (next < 0 || labels.Count == 0)
        {
            return start;
        }

        var headlineFollows = IsHeadlineShaped(_texts[next]) && NextSignificant(next) >= 0;
        var menu = headlineFollows ? labels : labels[..^1];
        var isMenu = menu.Count >= 2
            || (menu.Count == 1 && TextShape.WordCount(_texts[menu[0]]) <= MaxKickerWords && _texts[menu[0]].Length <= MaxKickerLength);
        return isMenu ? menu[^1] + 1 : start;
    }

    /// <summary>Reads the dek, byline and date stamp under the headline; returns where the story starts.</summary>
    private int ReadHeader(int start)
    {
        for (var i = start; i < Count; i++)
        {
            if (_kinds[i] != LineKind.Text)
            {
                continue;
            }

            var text = _texts[i];
            if (Navigation.IsNavigation(text))
            {
                _kinds[i] = LineKind.Navigation;
                continue;
            }

            if (Title is not null && TextShape.Comparable(text) == TextShape.Comparable(Title))
            {
                _kinds[i] = LineKind.Dropped;
                continue;
            }

            if (TryDate(i) || (Byline is null && TryByline(i)))
            {
                continue;
            }

            if (IsParagraphStart(i) && TryDateline(i))
            {
                return i;
            }

            if (Byline is null && TryUnmarkedByline(i))
            {
                continue;
            }

            if (!_titleKnown && Subtitle is null && IsDek(i))
            {
                _kinds[i] = LineKind.Subtitle;
                Subtitle = text;
                continue;
            }

            return SkipToDateline(i);
        }

        return Count;
    }

    /// <summary>
    /// Where the story starts when <paramref name="start"/> is not a dateline: a dateline a few short lines
    /// further on, such as "Copy link" or "3 min read", marks those lines as page furniture.
    /// </summary>
    private int SkipToDateline(int start)
    {
        var j = start;
        for (var step = 0; step < MaxFurnitureBeforeDateline; step++)
        {
            if (TextShape.WordCount(_texts[j]) > MaxFurnitureWords || TextShape.EndsSentence(_texts[j]))
            {
                return start;
            }

            j = NextSignificant(j);
            if (j < 0)
            {
                return start;
            }

            if (IsParagraphStart(j) && TryDateline(j))
            {
                for (var k = start; k < j; k++)
                {
                    if (_kinds[k] == LineKind.Text)
                    {
                        _kinds[k] = LineKind.Dropped;
                    }
                }

                return j;
            }
        }

        return start;
    }

    /// <summary>A line of names with no "By", which counts only when a date stamp follows it.</summary>
    private bool TryUnmarkedByline(int i)
    {
        var next = NextSignificant(i);
        if (next < 0 || BylineCue.TryReadNames(_texts[i]) is not { } cue || !PublishedDateCue.TryRead(_texts[next], out _, out _, out _))
        {
            return false;
        }

        Byline = cue.Byline;
        _kinds[i] = LineKind.Byline;
        return true;
    }

    private void ReadBody(int start)
    {
        var body = new List<int>();
        for (var i = start; i < Count; i++)
        {
            if (_kinds[i] != LineKind.Text)
            {
                continue;
            }

            if (Navigation.IsNavigation(_texts[i]))
            {
                _kinds[i] = LineKind.Navigation;
                continue;
            }

            _kinds[i] = LineKind.Body;
            body.Add(i);
        }

        CutRelatedLinks(body, start);
        TrimTail(body);
        Body = Join(body);
    }

    /// <summary>Drops a "Related stories" heading's list of links when everything after it is link-sized.</summary>
    private void CutRelatedLinks(List<int> body, int start)
    {
        for (var h = start; h < Count; h++)
        {
            if (_kinds[h] != LineKind.Boilerplate || !Boilerplate.IsRelatedHeading(_texts[h]))
            {
                continue;
            }

            var after = body.FindIndex(i => i > h);
            if (after <= 0)
            {
                continue;
            }

            var links = body.Skip(after).ToList();
            if (links.All(i => TextShape.WordCount(_texts[i]) <= MaxRelatedLinkWords && !_texts[i].TrimEnd().EndsWith('.')))
            {
                foreach (var i in links)
                {
                    _kinds[i] = LineKind.Dropped;
                }

                body.RemoveRange(after, links.Count);
                return;
            }
        }
    }

    /// <summary>
    /// Removes paragraphs that pages print after the story: the headline again, related headlines, link bullets,
    /// an update stamp. A paragraph goes only when every line of it is such furniture, and the first story
    /// paragraph always stays.
    /// </summary>
    private void TrimTail(List<int> body)
    {
        var title = Title is null ? null : TextShape.Comparable(Title);
        while (body.Count > 0)
        {
            var paragraph = _lines[body[^1]].Paragraph;
            var first = body.FindLastIndex(i => _lines[i].Paragraph != paragraph) + 1;
            if (first == 0 || !body.Skip(first).All(i => IsTrailingFurniture(_texts[i], title)))
            {
                return;
            }

            foreach (var i in body.Skip(first))
            {
                if (PublishedDateCue.TryRead(_texts[i], out var date, out var isUpdate, out _))
                {
                    RecordDate(date, isUpdate);
                }

                _kinds[i] = LineKind.Dropped;
            }

            body.RemoveRange(first, body.Count - first);
        }
    }

    private static bool IsTrailingFurniture(string text, string? title) =>
        TextShape.Comparable(text) == title
        || IsRelatedHeadline(text)
        || (Navigation.StartsWithBullet(text) && !TextShape.EndsSentence(text))
        || (PublishedDateCue.TryRead(text, out _, out _, out var labelled) && labelled);

    private string Join(List<int> body)
    {
        var parts = new List<string>(body.Count * 2);
        for (var k = 0; k < body.Count; k++)
        {
            if (k > 0)
            {
                parts.Add(_lines[body[k]].Paragraph == _lines[body[k - 1]].Paragraph ? "\n" : "\n\n");
            }

            parts.Add(_texts[body[k]]);
        }

        return string.Concat(parts);
    }

    private bool IsDek(int i)
    {
        var text = _texts[i];
        var words = TextShape.WordCount(text);
        if (words is < MinDekWords or > MaxCuedDekWords || !StartsLikeSentence(text) || !IsAlone(i))
        {
            return false;
        }

        // A dek needs a story under it; a lone paragraph under the headline is the story.
        var next = NextSignificant(i);
        if (next < 0)
        {
            return false;
        }

        if (words <= MaxDekWords && !TextShape.EndsSentence(text))
        {
            return true;
        }

        // A full sentence is a dek only when a byline, date stamp or dateline marks where the story begins.
        return PublishedDateCue.TryRead(_texts[next], out _, out _, out _)
            || BylineCue.TryRead(_texts[next]) is not null
            || (IsParagraphStart(next) && DatelineCue.TryRead(_texts[next]) is not null);
    }

    private bool TryDate(int i)
    {
        if (!PublishedDateCue.TryRead(_texts[i], out var date, out var isUpdate, out _))
        {
            return false;
        }

        RecordDate(date, isUpdate);
        _kinds[i] = LineKind.Date;
        return true;
    }

    private void RecordDate(DateTimeOffset date, bool isUpdate)
    {
        if (isUpdate)
        {
            _updated ??= date;
        }
        else
        {
            _published ??= date;
        }
    }

    private bool TryByline(int i)
    {
        if (BylineCue.TryRead(_texts[i]) is not { } cue)
        {
            return false;
        }

        Byline = cue.Byline;
        _bylineSource ??= cue.Source;
        if (cue.Published is { } date)
        {
            _published ??= date;
        }

        _kinds[i] = LineKind.Byline;
        return true;
    }

    private bool TryDateline(int i)
    {
        if (DatelineCue.TryRead(_texts[i]) is not { } cue)
        {
            return false;
        }

        Dateline = cue.Dateline;
        _datelineSource = cue.Source;
        _texts[i] = cue.Rest;
        return true;
    }

    /// <summary>The next line after <paramref name="i"/> that could be text, or -1.</summary>
    private int NextSignificant(int i)
    {
        for (var j = i + 1; j < Count; j++)
        {
            if (_kinds[j] == LineKind.Text && !Navigation.IsNavigation(_texts[j]))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>Whether line <paramref name="i"/> is a paragraph on its own once captions and furniture are set aside.</summary>
    private bool IsAlone(int i) => !SameParagraph(i).Any(j => j != i && IsText(j));

    private bool IsParagraphStart(int i) => !SameParagraph(i).Any(j => j < i && IsText(j));

    private IEnumerable<int> SameParagraph(int i)
    {
        var paragraph = _lines[i].Paragraph;
        for (var j = i - 1; j >= 0 && _lines[j].Paragraph == paragraph; j--)
        {
            yield return j;
        }

        for (var j = i + 1; j < Count && _lines[j].Paragraph == paragraph; j++)
        {
            yield return j;
        }
    }

    private bool IsText(int i) => _kinds[i] is LineKind.Text or LineKind.Title or LineKind.Subtitle or LineKind.Body;

    private static bool IsHeadlineShaped(string text)
    {
        var words = TextShape.WordCount(text);
        return words is >= MinHeadlineWords and <= MaxHeadlineWords && StartsLikeSentence(text) && !TextShape.EndsSentence(text);
    }

    // Related-story links are full headlines; shorter title-case lines, or ones with brackets or semicolons
    // ("Reporting by …; Editing by …"), are as likely the end of a list or a credit in the story.
    private static bool IsRelatedHeadline(string text)
    {
        var words = TextShape.WordCount(text);
        return words is >= MinHeadlineWords and <= MaxRelatedHeadlineWords
            && text.IndexOfAny(['(', ';']) < 0
            && !TextShape.EndsSentence(text)
            && TextShape.IsTitleCase(text);
    }

    private static bool StartsLikeSentence(string text) =>
        text.Length > 0 && (char.IsUpper(text[0]) || char.IsDigit(text[0]) || text[0] is '"' or '\'' or '“' or '‘');
}
