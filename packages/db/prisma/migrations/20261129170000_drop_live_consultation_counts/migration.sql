-- The prefecture overview shows consultations from frozen statistics releases only (ADR 0022): two live
-- counts a day apart gave a suppressed cell away by differencing. Nothing may count them live any more.
DROP FUNCTION IF EXISTS kasane_prefecture_consultation_counts(timestamptz, timestamptz);
