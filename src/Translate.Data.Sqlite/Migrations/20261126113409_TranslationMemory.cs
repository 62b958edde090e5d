using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Translate.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TranslationMemory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MemoryUnits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceLanguage = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    TargetLanguage = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    SourceText = table.Column<string>(type: "TEXT", nullable: false),
                    TargetText = table.Column<string>(type: "TEXT", nullable: false),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PreviousSourceText = table.Column<string>(type: "TEXT", nullable: true),
                    NextSourceText = table.Column<string>(type: "TEXT", nullable: true),
                    ReleaseSlug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    ReleaseTitle = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Author = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemoryUnits", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MemoryUnits_SourceLanguage_TargetLanguage_ApprovedAt",
                table: "MemoryUnits",
                columns: new[] { "SourceLanguage", "TargetLanguage", "ApprovedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MemoryUnits");
        }
    }
}
