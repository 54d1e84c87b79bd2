-- q= search by character bigrams. Most Chinese search terms are two characters long (光伏, 养老). A trigram index
-- cannot serve them: pg_trgm takes no trigram from a two-character pattern, so `like '%光伏%'` read the whole
-- trigram index (or the table). Every substring of a text has its bigrams among the text's bigrams, so
-- "the row's bigrams contain the term's bigrams" is a lossless first filter for `like '%term%'`, which still
-- decides. One GIN index on the bigram array serves terms of two characters and more, Chinese or English.
--
-- The service writes a project's bigrams with its search text (service.SearchBigrams, in Java: computing them in
-- SQL costs about 0.3 ms a row, which an import of a million projects and every ANALYZE would pay). The function
-- below is the same definition, for the search term and for the rows already here.

-- The distinct pairs of consecutive characters (code points) of a text.
create function text_bigrams(doc text) returns text[]
    language sql immutable parallel safe
    as $$ select coalesce(array_agg(distinct substr(doc, i, 2)), '{}')
          from generate_series(1, char_length(doc) - 1) as i $$;

-- Written so that PostgreSQL inlines it: the query's `bigrams_cover(p.search_bigrams, $1)` becomes
-- `p.search_bigrams @> text_bigrams($1)`, which the index below answers.
create function bigrams_cover(doc_bigrams text[], term text) returns boolean
    language sql immutable parallel safe
    as $$ select doc_bigrams @> text_bigrams(term) $$;

alter table project add column search_bigrams text[];
update project set search_bigrams = text_bigrams(search_text);
alter table project alter column search_bigrams set not null;

create index project_search_bigrams on project using gin (search_bigrams);
drop index project_search;
