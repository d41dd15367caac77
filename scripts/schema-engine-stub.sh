#!/bin/sh
# Stands in for Prisma's native schema engine, which cannot be downloaded on
# machines without internet. `prisma generate` (WebAssembly) does not need it;
# migrations are applied by scripts/migrate.ts instead.
echo "schema engine unavailable here: use npm run db:migrate" >&2
exit 1
