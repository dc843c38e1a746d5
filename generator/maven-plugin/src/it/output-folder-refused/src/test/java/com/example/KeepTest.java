package com.example;

/** A hand-written test: graphdocs must never replace the folder it is in. */
class KeepTest {}
