-- search_text now folds accents as well as case (lib/domain/search-text.ts). PostgreSQL 15 cannot change the
-- expression of a generated column (SET EXPRESSION came in 17), so the column is dropped and added again;
-- its trigram index goes with it and is made again (drizzle-kit left that out).
ALTER TABLE "businesses" drop column "search_text";--> statement-breakpoint
ALTER TABLE "businesses" ADD COLUMN "search_text" text GENERATED ALWAYS AS (replace(replace(replace(replace(replace(translate(lower(name || ' ' || enterprise_number || ' ' || coalesce(locality, '') || ' ' || coalesce(postcode, '')), 'àáâãäåāăąÀÁÂÃÄÅĀĂĄçćčĉċÇĆČĈĊďđĎĐèéêëēĕėęěÈÉÊËĒĔĖĘĚğĞìíîïīĩįıÌÍÎÏĪĨĮłľĺŁĽĹñńňņÑŃŇŅòóôõöøōőÒÓÔÕÖØŌŐřŕŘŔśšşșŚŠŞȘťţțŤŢȚùúûüūůűųũÙÚÛÜŪŮŰŲŨýÿÝŸźżžŹŻŽ', 'aaaaaaaaaaaaaaaaaaccccccccccddddeeeeeeeeeeeeeeeeeeggiiiiiiiiiiiiiiillllllnnnnnnnnoooooooooooooooorrrrssssssssttttttuuuuuuuuuuuuuuuuuuyyyyzzzzzz'), 'œ', 'oe'), 'Œ', 'oe'), 'æ', 'ae'), 'Æ', 'ae'), 'ß', 'ss')) STORED;--> statement-breakpoint
CREATE INDEX "businesses_search_trgm_idx" ON "businesses" USING gin ("search_text" gin_trgm_ops);

