import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@kasane/api';

type Out = inferRouterOutputs<AppRouter>['portal'];
export type WindowsOut = NonNullable<Out['window']['find']>;
export type PortalWindow = WindowsOut['windows'][number];
export type PlacesOut = Out['place']['find'];
export type PortalPlace = PlacesOut['places'][number];
export type PortalActivity = PortalPlace['activities'][number];
export type ScheduleRuleOut = PortalActivity['schedule'][number];
export type Timetable = PlacesOut['timetable'];
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const dayPeriods = ['morning', 'afternoon', 'evening'] as const;
export type Weekday = (typeof weekdays)[number];
export type DayPeriod = (typeof dayPeriods)[number];
