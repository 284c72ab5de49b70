using System.Text;
using Microsoft.Data.Sqlite;

namespace NewsSearch.Benchmarks.Baselines;

/// <summary>
/// SQLite FTS5 through Microsoft.Data.Sqlite over the same articles: one FTS5 table (porter
/// stemming over unicode61 with diacritics removed), the same text columns, BM25 with the same
/// column weights as NewsSearch's boosts, and the list fields as unindexed columns.
/// </summary>
internal sealed class SqliteFts : IDisposable
{
    private const string Columns = "id, title, subtitle, captions, body, byline, dateline, source, published";
    private const string Rank = "bm25(0.0, 3.0, 2.0, 1.5, 1.0, 1.0, 1.0, 0.0, 0.0)";
    private static readonly string[] ParameterNames = ["$id", "$title", "$subtitle", "$captions", "$body", "$byline", "$dateline", "$source", "$published"];
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public SqliteFts(string databasePath)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        _connection.Open();
    }

    /// <summary>Loads the JSON Lines file into a new database, the way the FTS5 docs suggest: one transaction, one prepared insert.</summary>
    public static long Build(string jsonlPath, string databasePath)
    {
        File.Delete(databasePath);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, $"CREATE VIRTUAL TABLE articles USING fts5({Columns.Replace("id,", "id UNINDEXED,", StringComparison.Ordinal).Replace("source, published", "source UNINDEXED, published UNINDEXED", StringComparison.Ordinal)}, tokenize = 'porter unicode61 remove_diacritics 2')");
        Execute(connection, $"INSERT INTO articles(articles, rank) VALUES('rank', '{Rank}')");
        Execute(connection, "CREATE VIRTUAL TABLE articles_vocab USING fts5vocab(articles, 'row')");
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO articles({Columns}) VALUES($id, $title, $subtitle, $captions, $body, $byline, $dateline, $source, $published)";
        var parameters = ParameterNames
            .Select(name => insert.Parameters.Add(name, SqliteType.Text))
            .ToArray();
        parameters[8].SqliteType = SqliteType.Integer;
        insert.Prepare();
        long count = 0;
        foreach (var article in RawArticle.ReadJsonl(jsonlPath))
        {
            parameters[0].Value = article.Id;
            parameters[1].Value = (object?)article.Title ?? DBNull.Value;
            parameters[2].Value = (object?)article.Subtitle ?? DBNull.Value;
            parameters[3].Value = article.Captions is { Length: > 0 } captions ? string.Join("\n", captions) : DBNull.Value;
            parameters[4].Value = (object?)article.Body ?? DBNull.Value;
            parameters[5].Value = (object?)article.Byline ?? DBNull.Value;
            parameters[6].Value = (object?)article.Dateline ?? DBNull.Value;
            parameters[7].Value = (object?)article.Source ?? DBNull.Value;
            parameters[8].Value = article.Published is { } published ? published.ToUnixTimeMilliseconds() : DBNull.Value;
            insert.ExecuteNonQuery();
            count++;
        }

        transaction.Commit();
        Execute(connection, "INSERT INTO articles(articles) VALUES('optimize')");
        return count;
    }

    public IReadOnlyList<ResultRow> Search(SearchCase searchCase, bool snippets)
    {
        var command = Command(searchCase, snippets);
        command.Parameters["$q"].Value = searchCase.Fts ?? FuzzyExpansion(searchCase.Fuzzy!.Value);
        var rows = new List<ResultRow>(10);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            rows.Add(new ResultRow(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetInt64(3),
                snippets && !reader.IsDBNull(4) ? [reader.GetString(4)] : []));
        }

        return rows;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _connection.Dispose();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(SearchCase searchCase, bool snippets)
    {
        var key = searchCase.Name + (snippets ? "+snippets" : "");
        if (_commands.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var sql = new StringBuilder("SELECT id, title, source, published");
        sql.Append(snippets ? ", snippet(articles, -1, '[', ']', '…', 40)" : ", NULL");
        sql.Append(" FROM articles WHERE articles MATCH $q");
        if (searchCase.Since is not null)
        {
            sql.Append(" AND published >= ").Append(searchCase.Since.Value.ToUnixTimeMilliseconds());
        }

        if (searchCase.Until is not null)
        {
            sql.Append(" AND published <= ").Append(searchCase.Until.Value.ToUnixTimeMilliseconds());
        }

        sql.Append(searchCase.Newest ? " ORDER BY published DESC, rank" : " ORDER BY rank").Append(" LIMIT 10");
        var command = _connection.CreateCommand();
        command.CommandText = sql.ToString();
        command.Parameters.Add("$q", SqliteType.Text);
        command.Prepare();
        _commands[key] = command;
        return command;
    }

    /// <summary>
    /// FTS5 has no fuzzy operator: expand the term the way an SQLite user would, over the fts5vocab
    /// table, keeping terms within <c>maxEdits</c> edits that share the prefix (as Lucene's FuzzyQuery).
    /// </summary>
    private string FuzzyExpansion((string Term, int Prefix, int MaxEdits) fuzzy)
    {
        if (!_commands.TryGetValue("vocab", out var vocabulary))
        {
            vocabulary = _connection.CreateCommand();
            vocabulary.CommandText = "SELECT term FROM articles_vocab WHERE term >= $from AND term < $to";
            vocabulary.Parameters.Add("$from", SqliteType.Text);
            vocabulary.Parameters.Add("$to", SqliteType.Text);
            vocabulary.Prepare();
            _commands["vocab"] = vocabulary;
        }

        var prefix = fuzzy.Term[..fuzzy.Prefix];
        vocabulary.Parameters["$from"].Value = prefix;
        vocabulary.Parameters["$to"].Value = prefix[..^1] + (char)(prefix[^1] + 1);
        var terms = new List<string>();
        using (var reader = vocabulary.ExecuteReader())
        {
            while (reader.Read())
            {
                var term = reader.GetString(0);
                if (Math.Abs(term.Length - fuzzy.Term.Length) <= fuzzy.MaxEdits && EditDistance(term, fuzzy.Term) <= fuzzy.MaxEdits)
                {
                    terms.Add('"' + term + '"');
                }
            }
        }

        return terms.Count == 0 ? "\"" + fuzzy.Term + "\"" : string.Join(" OR ", terms);
    }

    /// <summary>Optimal string alignment distance (Levenshtein with transpositions, as Lucene's automata).</summary>
    private static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
